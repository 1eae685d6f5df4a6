// <guichet-form> fed by the tests' fixtures, in French and English, in each of its states:
// empty, filled, errors shown, review page, confirmation, and what it does with bad input.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import { fixtureNames, fixtures, languages, renderedForm, type FixtureName, type Language } from './support.js';

interface FormArgs {
  /** Which procedure of `tests/fixtures/` the form shows. */
  fixture: FixtureName;
  /** The form's language. */
  lang: Language;
  /** Whether the form starts with answers that pass every rule. */
  filled: boolean;
  /** Hides the procedure's title. */
  noTitle: boolean;
  /** Where the answers go, instead of the procedure's endpoint. */
  action: string;
}

const meta = {
  title: 'guichet-form',
  component: 'guichet-form',
  decorators: [
    // Every event the element fires, in the Actions panel (they bubble and are composed).
    (story) =>
      html`<div
        @guichet-change=${action('guichet-change')}
        @guichet-step-change=${action('guichet-step-change')}
        @guichet-invalid=${action('guichet-invalid')}
        @guichet-submit=${action('guichet-submit')}
        @guichet-submitted=${action('guichet-submitted')}
        @guichet-error=${action('guichet-error')}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    // The manifest describes every member; these are the ones the stories bind.
    controls: { include: ['fixture', 'lang', 'filled', 'noTitle', 'action'] },
  },
  argTypes: {
    fixture: { control: 'select', options: fixtureNames },
    lang: { control: 'inline-radio', options: languages },
    filled: { control: 'boolean' },
    noTitle: { control: 'boolean' },
    action: { control: 'text' },
  },
  args: { fixture: 'inscription-ecole-musique', lang: 'fr', filled: false, noTitle: false, action: '' },
  render: ({ fixture, lang, filled, noTitle, action }) => {
    const { procedure, valid } = fixtures[fixture];
    return html`<guichet-form
      lang=${lang}
      ?no-title=${noTitle}
      action=${action || nothing}
      .data=${filled ? valid : undefined}
      .procedure=${procedure}
    ></guichet-form>`;
  },
} satisfies Meta<FormArgs>;

export default meta;

type Story = StoryObj<FormArgs>;

/** The music school enrolment (four steps, a repeatable group, a conditional step), empty. */
export const InscriptionEcoleMusique: Story = {};

/** Three steps with a conditional question. */
export const TroisEtapes: Story = { args: { fixture: 'trois-etapes' } };

/** A birth certificate request, sent to a postal address. */
export const Adresse: Story = { args: { fixture: 'adresse' } };

/** Every built-in widget on one page. */
export const Widgets: Story = { args: { fixture: 'widgets' } };

/** The same form in English: Guichet's texts and the procedure's English texts. */
export const English: Story = { args: { lang: 'en' } };

/** Answers given through `data`. */
export const Filled: Story = { args: { filled: true } };

/** "Continue" with nothing filled in: the error summary, and each question's message. */
export const ErrorsShown: Story = {
  play: async ({ canvasElement }) => {
    const form = await renderedForm(canvasElement);
    form.validate();
    await form.updateComplete;
  },
};

/** The review page ("Vérifiez vos réponses") once every answer is valid. */
export const Review: Story = {
  args: { filled: true },
  play: async ({ canvasElement }) => {
    const form = await renderedForm(canvasElement);
    if (!(await form.review())) throw new Error('The answers of this fixture should pass every rule.');
  },
};

/**
 * The confirmation after sending. The receiver here is a `data:` URL that answers a receipt
 * number: the browser reads it without any network, so the story works offline.
 */
export const Confirmation: Story = {
  args: {
    filled: true,
    action: `data:application/json,${encodeURIComponent(JSON.stringify({ reference: 'MUS-2025-000123' }))}`,
  },
  play: async ({ canvasElement }) => {
    const form = await renderedForm(canvasElement);
    if (!(await form.submit())) throw new Error('The answers of this fixture should be sent.');
  },
};

/** A procedure whose definition is refused: the element lists the problems with their pointers. */
export const InvalidProcedure: Story = {
  argTypes: { fixture: { table: { disable: true } }, filled: { table: { disable: true } } },
  render: ({ lang }) =>
    html`<guichet-form
      lang=${lang}
      .procedure=${{
        id: 'Demande Invalide',
        version: '1.0.0',
        title: '',
        organisation: { name: 'Commune de Saint-Exemple-sur-Loire' },
        schema: { type: 'object', properties: { nom: { type: 'strin', title: 'Nom' } } },
        fields: { '/prenom': { label: 'Prénom' } },
      }}
    ></guichet-form>`,
};

/** A bare JSON Schema (draft-07) through the `schema` property: one step, labels from `title`. */
export const BareSchema: Story = {
  argTypes: { fixture: { table: { disable: true } }, filled: { table: { disable: true } } },
  render: ({ lang, noTitle }) =>
    html`<guichet-form
      lang=${lang}
      ?no-title=${noTitle}
      .schema=${{
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'Signaler un problème sur la voie publique',
        type: 'object',
        required: ['nature', 'lieu', 'courriel'],
        properties: {
          nature: { type: 'string', title: 'Nature du problème', enum: ['Nid-de-poule', 'Éclairage en panne', 'Dépôt sauvage'] },
          lieu: { type: 'string', title: 'Lieu', description: 'Rue et numéro, ou un repère proche.', maxLength: 200 },
          details: { type: 'string', title: 'Précisions', maxLength: 1000 },
          courriel: { type: 'string', format: 'email', title: 'Adresse e-mail', description: 'Pour vous dire quand c’est réparé.' },
        },
      }}
    ></guichet-form>`,
};

/** Texts that look like HTML or templates are shown as text: nothing runs, no element appears. */
export const HostileStrings: Story = {
  argTypes: { fixture: { table: { disable: true } }, filled: { table: { disable: true } } },
  render: ({ lang }) =>
    html`<guichet-form
      lang=${lang}
      .procedure=${{
        id: 'chaines-hostiles',
        version: '1.0.0',
        title: '<img src=x onerror=alert(1)>',
        description: '<script>alert(1)</script>',
        organisation: { name: '<b>Commune</b>' },
        schema: {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          type: 'object',
          required: ['nom', 'choix'],
          properties: {
            nom: {
              type: 'string',
              title: '"><svg onload=alert(1)>',
              description: '{{constructor.constructor("alert(1)")()}} ${alert(1)} &amp; &nbsp;',
            },
            choix: { type: 'string', title: 'Choix <i>en italique</i>', enum: ['<b>gras</b>', 'javascript:alert(1)'] },
            commune: { type: 'string', title: `Commune : ${'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson'.repeat(3)}` },
          },
        },
        fields: { '/nom': { errorMessages: { required: '<a href="javascript:alert(1)">Cliquez ici</a>' } } },
      }}
    ></guichet-form>`,
  play: async ({ canvasElement }) => {
    const form = await renderedForm(canvasElement);
    form.validate();
    await form.updateComplete;
    const injected = form.renderRoot.querySelector('img, svg, script, b, i, a[href^="javascript:"]');
    if (injected) throw new Error(`A procedure's text became markup: <${injected.localName}>`);
  },
};

interface ThemeArgs extends FormArgs {
  /** `--guichet-color-primary`: buttons, links. */
  primary: string;
  /** `--guichet-color-focus`: the focus ring. */
  focus: string;
  /** `--guichet-radius`: corners. */
  radius: string;
}

/**
 * A commune's colours with two custom properties (and square corners): the other
 * `--guichet-*` properties keep their accessible defaults.
 */
export const Theming: StoryObj<ThemeArgs> = {
  parameters: { controls: { include: ['fixture', 'lang', 'filled', 'noTitle', 'primary', 'focus', 'radius'] } },
  argTypes: {
    primary: { control: 'color' },
    focus: { control: 'color' },
    radius: { control: 'text' },
  },
  args: { primary: '#6a1b4d', focus: '#f2c500', radius: '0' },
  render: ({ fixture, lang, filled, noTitle, primary, focus, radius }) =>
    html`<guichet-form
      lang=${lang}
      ?no-title=${noTitle}
      style=${styleMap({ '--guichet-color-primary': primary, '--guichet-color-focus': focus, '--guichet-radius': radius || undefined })}
      .data=${filled ? fixtures[fixture].valid : undefined}
      .procedure=${fixtures[fixture].procedure}
    ></guichet-form>`,
  play: async ({ canvasElement }) => {
    const form = await renderedForm(canvasElement);
    form.validate();
    await form.updateComplete;
  },
};

/** Without a `lang` of its own, the form speaks the language of the closest `[lang]` of the page. */
export const LanguageFromPage: Story = {
  argTypes: { lang: { table: { disable: true } } },
  render: ({ fixture }) => html`<div lang="en"><guichet-form .procedure=${fixtures[fixture].procedure}></guichet-form></div>`,
};

/** Loading from `src` on the page's own site: `tests/fixtures/` is not served here, so this is the load error. */
export const LoadError: Story = {
  argTypes: { fixture: { table: { disable: true } }, filled: { table: { disable: true } } },
  render: ({ lang }) => html`<guichet-form lang=${lang} src="./absente.json"></guichet-form>`,
};
