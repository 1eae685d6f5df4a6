// Renders every schema of the external corpus (../shared/corpus/external/: RJSF and JSON Forms
// samples, data·inclusion schemas, which nobody on this project wrote), served by the test
// runner at /corpus/ (see web-test-runner.config.mjs). Each one shows a form or an explained
// refusal, names every input, passes axe before and after validate(), and throws nothing.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';
import { accessibleName, compiled, rootOf } from './support.js';

interface CorpusIndex {
  folder: string;
  present: boolean;
  files: string[];
}

interface CorpusFile {
  schema: unknown;
  formData?: unknown;
}

const index = (await (await fetch('/corpus/index.json')).json()) as CorpusIndex;

const tally = { forms: 0, refused: [] as string[], withFallbacks: [] as string[], fallbacks: 0, started: 0 };

/** The uncaught errors and rejections while a schema is shown. */
function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(String(event.reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every input, select and textarea shown, with its accessible name (and its group's, for a choice). */
function unnamedControls(el: GuichetForm): string[] {
  const unnamed: string[] = [];
  for (const control of rootOf(el).querySelectorAll<HTMLElement>('input, select, textarea')) {
    if (control.getClientRects().length === 0) continue;
    const name = control.getAttribute('name') ?? control.id;
    if (accessibleName(control) === '') unnamed.push(name);
    const type = control.getAttribute('type');
    if (type === 'radio' || (type === 'checkbox' && control.closest('fieldset'))) {
      const group = control.closest('fieldset');
      if (!group || accessibleName(group) === '') unnamed.push(`${name} (group)`);
    }
  }
  return unnamed;
}

describe('<guichet-form> over the external corpus', function () {
  this.timeout(20000);

  before(() => {
    tally.started = performance.now();
  });

  after(() => {
    const seconds = ((performance.now() - tally.started) / 1000).toFixed(1);
    console.log(
      `corpus: ${index.files.length} schemas in ${seconds} s; ${tally.forms} forms, ${tally.refused.length} refused` +
        ` (${tally.refused.join(', ')}); ${tally.withFallbacks.length} with ${tally.fallbacks} explained fallbacks` +
        ` (${tally.withFallbacks.join(', ')})`,
    );
  });

  afterEach(() => {
    fixtureCleanup();
  });

  if (!index.present || index.files.length === 0) {
    it('should find the corpus', function () {
      console.warn(`Corpus skipped: ${index.folder} is absent or empty on this machine.`);
      this.skip();
    });
    return;
  }

  for (const name of index.files) {
    it(`should render ${name} accessibly, before and after validate()`, async () => {
      const uncaught = watchUncaught();
      try {
        const file = (await (await fetch(`/corpus/${name}`)).json()) as CorpusFile;
        const el = await fixture<GuichetForm>(html`<guichet-form lang="fr" .schema=${file.schema} .data=${file.formData}></guichet-form>`);
        // The schema is compiled after the first frame: a schema that cannot compile is refused then.
        await compiled(el);
        const root = rootOf(el);
        const form = root.querySelector('form');
        const refusal = root.querySelector('[role="alert"].problems');
        expect(Boolean(form) !== Boolean(refusal), 'a form or a refusal, not both, never a blank').to.equal(true);
        if (refusal) {
          tally.refused.push(name);
          expect(refusal.querySelectorAll('li').length).to.be.greaterThan(0);
        } else {
          tally.forms += 1;
          const fallbacks = root.querySelectorAll('.fallback').length;
          if (fallbacks > 0) {
            tally.withFallbacks.push(name);
            tally.fallbacks += fallbacks;
          }
        }
        expect(unnamedControls(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
        el.validate();
        await el.updateComplete;
        expect(unnamedControls(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });
  }
});
