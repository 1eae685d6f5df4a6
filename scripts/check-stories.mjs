// Fails when Storybook lacks a story it must have: one per built-in widget (`Widgets/…`, story
// id `widgets--<name>`) and one per procedure of tests/fixtures/ (`guichet-form--<name>` for
// procedure-<name>.json). Run after `npm run build` (core's widget list) and
// `npm run build-storybook` (storybook-static/index.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const indexUrl = new URL('../storybook-static/index.json', import.meta.url);
const coreUrl = new URL('../packages/core/dist/index.js', import.meta.url);
for (const [url, command] of [[indexUrl, 'npm run build-storybook'], [coreUrl, 'npm run build']]) {
  if (!existsSync(url)) {
    console.error(`check-stories: ${url.pathname} is missing: run \`${command}\` first.`);
    process.exit(1);
  }
}

const { builtinTesters } = await import(coreUrl.href);
const index = JSON.parse(readFileSync(indexUrl, 'utf8'));
const ids = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id);

// Widget stories may be split by family (`Widgets/Identifiants` gives `widgets-identifiants--…`).
const widgetIds = ids.filter((id) => /^widgets(-[a-z0-9-]+)?--/.test(id)).map((id) => id.replace(/^.*--/, ''));
const missingWidgets = builtinTesters.map(([name]) => name).filter((name) => !widgetIds.includes(name));

const fixtures = readdirSync(new URL('../tests/fixtures/', import.meta.url))
  .filter((file) => /^procedure-.+\.json$/.test(file))
  .map((file) => file.slice('procedure-'.length, -'.json'.length));
const missingFixtures = fixtures.filter((name) => !ids.includes(`guichet-form--${name}`));

if (missingWidgets.length > 0 || missingFixtures.length > 0) {
  for (const name of missingWidgets) {
    console.error(`check-stories: the built-in widget "${name}" has no story: add a widgetStory('${name}', …) entry to stories/widgets.stories.ts.`);
  }
  for (const name of missingFixtures) {
    console.error(`check-stories: tests/fixtures/procedure-${name}.json has no story: add it to \`fixtures\` in stories/support.ts and export a story named for it from stories/guichet-form.stories.ts.`);
  }
  process.exit(1);
}
console.log(`check-stories: ${builtinTesters.length} built-in widgets and ${fixtures.length} fixtures each have a story.`);
