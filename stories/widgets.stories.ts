// Every built-in widget, each in a one-question procedure, in each of its states side by side:
// empty, filled, with an error, and read-only where a question can be.
//
// The stories are a table: one `widgetStory(name, case)` entry per widget. Adding a widget is
// adding one entry (Storybook reads the exports, so each entry is one `export const`).
// `scripts/check-stories.mjs` fails the build when a built-in widget has no entry here.
// Each export is the widget's name in PascalCase (`MemorableDate` for `memorable-date`), so
// that its story id is `widgets--<name>`: the check finds it there. (`Date`, `Number` and
// `File` shadow the globals in this module, which uses none of them.)
import { createFormState, currentStep, loadProcedure, type FieldPresentation, type LocalizedText } from '@guichet/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { languages, oneQuestion, QUESTION, renderedForms, type Language } from './support.js';

/** A state a widget is shown in. */
type WidgetState = 'empty' | 'filled' | 'error' | 'readonly';

/** How one widget is shown: its question, and the answers of each state. */
interface WidgetCase {
  /** The question's label. */
  label: LocalizedText;
  /** Its hint. */
  hint?: LocalizedText;
  /** The question's JSON Schema, which makes core choose the widget (or allows the one asked for). */
  schema: Record<string, unknown>;
  /** The rest of its presentation: `widget` asked for by name, option labels, `file`… */
  presentation?: Omit<FieldPresentation, 'label' | 'hint'>;
  /** Presentations of the questions inside it, keyed by pointer from it (`/rue`; an array item is `*`). */
  inner?: Record<string, FieldPresentation>;
  /** An answer, for the filled and read-only states. */
  filled?: unknown;
  /** An answer the schema refuses, for the error state; without it, the required answer is missing. */
  invalid?: unknown;
  /** Whether the question is required (it is unless said otherwise). */
  required?: boolean;
  /** The states to show; all four unless said otherwise. */
  states?: readonly WidgetState[];
}

interface WidgetArgs {
  /** The form's language. */
  lang: Language;
}

const stateTitles: Record<WidgetState, LocalizedText> = {
  empty: { fr: 'Vide', en: 'Empty' },
  filled: { fr: 'Rempli', en: 'Filled' },
  error: { fr: 'En erreur', en: 'With an error' },
  readonly: { fr: 'En lecture seule', en: 'Read-only' },
};

const statesStyle = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1.5rem; align-items: start;';
const stateStyle = 'border: 1px solid #8a8a8a; border-radius: 4px; padding: 0 1rem;';

/** The widget core chooses for the question of a procedure, as `<guichet-form>` will render it. */
function chosenWidget(procedure: unknown): string | undefined {
  const [item] = currentStep(createFormState(loadProcedure(procedure))).items;
  return item?.kind === 'field' ? item.widget : undefined;
}

function renderState(widget: string, spec: WidgetCase, state: WidgetState, lang: Language, storyId: string): TemplateResult {
  const procedure = oneQuestion({
    title: stateTitles[state],
    stepTitle: widget,
    schema: state === 'readonly' ? { ...spec.schema, readOnly: true } : spec.schema,
    presentation: { label: spec.label, ...(spec.hint ? { hint: spec.hint } : {}), ...spec.presentation },
    ...(spec.inner ? { inner: spec.inner } : {}),
    required: spec.required ?? true,
  });
  const answer = state === 'error' ? spec.invalid : state === 'empty' ? undefined : spec.filled;
  // A read-only question is its own widget (`readonly`) unless one is asked for by name.
  const chosen = state === 'readonly' ? widget : chosenWidget(procedure);
  const mistakes = [
    chosen === widget ? '' : `This question gets the “${chosen ?? 'none'}” widget, not “${widget}”: change its schema.`,
    storyId.endsWith(`--${widget}`) ? '' : `The story id “${storyId}” does not end with “--${widget}”: rename the export.`,
  ].filter(Boolean);
  return html`<section style=${stateStyle}>
    ${mistakes.map((mistake) => html`<p role="alert" style="color: #b00020; font-weight: bold">${mistake}</p>`)}
    <guichet-form lang=${lang} data-state=${state} .data=${answer === undefined ? {} : { [QUESTION]: answer }} .procedure=${procedure}></guichet-form>
  </section>`;
}

/** The story of a built-in widget: its name, and the question that shows it. */
function widgetStory(widget: string, spec: WidgetCase): StoryObj<WidgetArgs> {
  const states = spec.states ?? (['empty', 'filled', 'error', 'readonly'] as const);
  return {
    render: ({ lang }, { id }) => html`<div style=${statesStyle}>${states.map((state) => renderState(widget, spec, state, lang, id))}</div>`,
    play: async ({ canvasElement }) => {
      for (const form of await renderedForms(canvasElement, 'guichet-form[data-state="error"]')) {
        form.validate();
        await form.updateComplete;
      }
    },
  };
}

const meta = {
  title: 'Widgets',
  argTypes: { lang: { control: 'inline-radio', options: languages } },
  args: { lang: 'fr' },
} satisfies Meta<WidgetArgs>;

export default meta;

const weekdays = {
  lundi: { fr: 'Lundi', en: 'Monday' },
  mardi: { fr: 'Mardi', en: 'Tuesday' },
  mercredi: { fr: 'Mercredi', en: 'Wednesday' },
  jeudi: { fr: 'Jeudi', en: 'Thursday' },
  vendredi: { fr: 'Vendredi', en: 'Friday' },
};

const instruments = [
  'Accordéon', 'Alto', 'Basson', 'Batterie', 'Chant', 'Clarinette', 'Contrebasse', 'Cor', 'Flûte à bec',
  'Flûte traversière', 'Guitare', 'Guitare électrique', 'Harpe', 'Hautbois', 'Orgue', 'Percussions',
  'Piano', 'Saxophone', 'Trombone', 'Trompette', 'Tuba', 'Violon', 'Violoncelle',
];

export const Text = widgetStory('text', {
  label: { fr: 'Nom', en: 'Last name' },
  hint: { fr: 'Tel qu’il figure sur votre pièce d’identité.', en: 'As shown on your identity document.' },
  schema: { type: 'string', minLength: 2, maxLength: 100 },
  presentation: { autocomplete: 'family-name' },
  filled: 'Dupont',
  invalid: 'D',
});

export const Textarea = widgetStory('textarea', {
  label: { fr: 'Décrivez le problème', en: 'Describe the problem' },
  schema: { type: 'string', maxLength: 1000 },
  filled: 'Le lampadaire devant le 12 rue des Tilleuls ne s’allume plus depuis lundi.\nLa rue est très sombre le soir.',
});

export const Email = widgetStory('email', {
  label: { fr: 'Adresse e-mail', en: 'Email address' },
  schema: { type: 'string', format: 'email' },
  filled: 'camille.dupont@example.org',
  invalid: 'camille.dupont@',
});

export const Url = widgetStory('url', {
  label: { fr: 'Site web de l’association', en: 'The association’s website' },
  schema: { type: 'string', format: 'uri' },
  filled: 'https://www.saint-exemple.fr/associations',
  invalid: 'saint-exemple',
});

export const Tel = widgetStory('tel', {
  label: { fr: 'Téléphone', en: 'Phone number' },
  schema: { type: 'string', format: 'fr-phone' },
  filled: '02 38 00 00 00',
  invalid: '02 38 00',
});

export const Identifier = widgetStory('identifier', {
  label: { fr: 'Numéro SIRET de l’association', en: 'The association’s SIRET number' },
  hint: { fr: '14 chiffres, sur l’avis de situation de l’Insee.', en: '14 digits, on the Insee registration notice.' },
  schema: { type: 'string', format: 'siret' },
  filled: '35600000000048',
  invalid: '35600000000049',
});

export const Date = widgetStory('date', {
  label: { fr: 'Date souhaitée', en: 'Preferred date' },
  schema: { type: 'string', format: 'date' },
  filled: '2025-09-01',
});

export const MemorableDate = widgetStory('memorable-date', {
  label: { fr: 'Date de naissance', en: 'Date of birth' },
  hint: { fr: 'Par exemple, 14 7 1985', en: 'For example, 14 7 1985' },
  schema: { type: 'string', format: 'date' },
  presentation: { widget: 'memorable-date', autocomplete: 'bday' },
  filled: '1985-07-14',
  invalid: '1985-02-30',
});

export const Datetime = widgetStory('datetime', {
  label: { fr: 'Date et heure du rendez-vous', en: 'Date and time of the appointment' },
  schema: { type: 'string', format: 'date-time' },
  filled: '2025-09-01T07:30:00.000Z',
});

export const Time = widgetStory('time', {
  label: { fr: 'Heure d’arrivée', en: 'Arrival time' },
  schema: { type: 'string', format: 'time' },
  filled: '09:30:00+02:00',
});

export const Number = widgetStory('number', {
  label: { fr: 'Nombre d’enfants à charge', en: 'Number of dependent children' },
  schema: { type: 'integer', minimum: 0, maximum: 20 },
  filled: 2,
  invalid: 25,
});

export const Checkbox = widgetStory('checkbox', {
  label: { fr: 'Je certifie l’exactitude des informations', en: 'I certify the information is correct' },
  schema: { type: 'boolean', const: true },
  filled: true,
});

export const YesNo = widgetStory('yes-no', {
  label: { fr: 'Êtes-vous allocataire de la CAF ?', en: 'Do you receive CAF benefits?' },
  schema: { type: 'boolean' },
  presentation: { widget: 'yes-no' },
  filled: false,
});

export const Radios = widgetStory('radios', {
  label: { fr: 'Catégorie', en: 'Category' },
  schema: { type: 'string', enum: ['voirie', 'eclairage', 'proprete'] },
  presentation: {
    options: {
      voirie: { fr: 'Voirie', en: 'Roads' },
      eclairage: { fr: 'Éclairage public', en: 'Street lighting' },
      proprete: { fr: 'Propreté', en: 'Cleanliness' },
    },
  },
  filled: 'eclairage',
});

export const Select = widgetStory('select', {
  label: { fr: 'Commune de résidence', en: 'Town of residence' },
  schema: {
    type: 'string',
    oneOf: [
      { const: 'orleans', title: 'Orléans' },
      { const: 'tours', title: 'Tours' },
      { const: 'blois', title: 'Blois' },
      { const: 'chartres', title: 'Chartres' },
      { const: 'bourges', title: 'Bourges' },
      { const: 'chateauroux', title: 'Châteauroux' },
      { const: 'dreux', title: 'Dreux' },
      { const: 'vierzon', title: 'Vierzon' },
    ],
  },
  filled: 'tours',
});

export const Combobox = widgetStory('combobox', {
  label: { fr: 'Instrument', en: 'Instrument' },
  hint: { fr: 'Tapez les premières lettres.', en: 'Type the first letters.' },
  schema: { type: 'string', enum: instruments },
  filled: 'Violoncelle',
});

export const Checkboxes = widgetStory('checkboxes', {
  label: { fr: 'Jours de présence', en: 'Days of attendance' },
  schema: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: Object.keys(weekdays) } },
  presentation: { options: weekdays },
  filled: ['lundi', 'jeudi'],
  invalid: [],
});

export const Group = widgetStory('group', {
  label: { fr: 'Personne à prévenir en cas d’urgence', en: 'Emergency contact' },
  schema: {
    type: 'object',
    required: ['nom', 'telephone'],
    properties: {
      nom: { type: 'string', title: 'Nom et prénom' },
      telephone: { type: 'string', title: 'Téléphone', format: 'fr-phone' },
      lien: { type: 'string', title: 'Lien avec l’enfant' },
    },
  },
  // Someone else's details: the browser must not offer the person's own (WCAG 1.3.5).
  inner: {
    '/nom': { label: { fr: 'Nom et prénom', en: 'Full name' }, autocomplete: 'off' },
    '/telephone': { label: { fr: 'Téléphone', en: 'Phone number' }, autocomplete: 'off' },
    '/lien': { label: { fr: 'Lien avec l’enfant', en: 'Relationship to the child' } },
  },
  filled: { nom: 'Martin Claire', telephone: '06 12 34 56 78', lien: 'Grand-mère' },
  invalid: { telephone: '06 12' },
});

export const Address = widgetStory('address', {
  label: { fr: 'Adresse d’envoi', en: 'Postal address' },
  schema: {
    type: 'object',
    required: ['numeroEtVoie', 'codePostal', 'commune'],
    properties: {
      numeroEtVoie: { type: 'string', title: 'Numéro et voie', maxLength: 200 },
      complement: { type: 'string', title: 'Complément d’adresse', description: 'Bâtiment, étage, lieu-dit…', maxLength: 200 },
      codePostal: { type: 'string', title: 'Code postal', format: 'fr-postal-code' },
      commune: { type: 'string', title: 'Commune', maxLength: 100 },
    },
  },
  inner: {
    '/numeroEtVoie': { label: { fr: 'Numéro et voie', en: 'Street and number' } },
    '/complement': { label: { fr: 'Complément d’adresse', en: 'Address line 2' }, hint: { fr: 'Bâtiment, étage, lieu-dit…', en: 'Building, floor…' } },
    '/codePostal': { label: { fr: 'Code postal', en: 'Postcode' } },
    '/commune': { label: { fr: 'Commune', en: 'Town' } },
  },
  filled: { numeroEtVoie: '2 place de la Mairie', codePostal: '45000', commune: 'Saint-Exemple-sur-Loire' },
  invalid: { numeroEtVoie: '2 place de la Mairie', codePostal: '4500' },
});

export const Repeater = widgetStory('repeater', {
  label: { fr: 'Enfants à inscrire', en: 'Children to enrol' },
  hint: { fr: 'Quatre enfants au plus.', en: 'Four children at most.' },
  schema: {
    type: 'array',
    minItems: 1,
    maxItems: 4,
    items: {
      type: 'object',
      required: ['prenom'],
      properties: { prenom: { type: 'string', title: 'Prénom' }, naissance: { type: 'string', format: 'date', title: 'Date de naissance' } },
    },
  },
  inner: {
    '/*/prenom': { label: { fr: 'Prénom de l’enfant', en: 'Child’s first name' }, autocomplete: 'off' },
    '/*/naissance': { label: { fr: 'Date de naissance', en: 'Date of birth' }, widget: 'memorable-date', autocomplete: 'off' },
  },
  filled: [
    { prenom: 'Léa', naissance: '2016-04-12' },
    { prenom: 'Hugo', naissance: '2019-11-03' },
  ],
  invalid: [{ naissance: '2016-04-12' }],
});

export const List = widgetStory('list', {
  label: { fr: 'Instruments déjà pratiqués', en: 'Instruments already played' },
  schema: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  filled: ['Piano', 'Guitare'],
  invalid: [],
});

export const File = widgetStory('file', {
  label: { fr: 'Justificatif de domicile', en: 'Proof of address' },
  hint: { fr: 'PDF, JPEG ou PNG, 5 Mo au plus.', en: 'PDF, JPEG or PNG, 5 MB at most.' },
  schema: { type: 'string', format: 'data-url' },
  presentation: { file: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSize: 5_000_000 } },
  filled: 'data:application/pdf;name=justificatif-domicile.pdf;base64,JVBERi0xLjQK',
  invalid: 'data:text/plain;name=notes.txt;base64,U2FsdXQgIQ==',
});

export const Readonly = widgetStory('readonly', {
  label: { fr: 'Numéro de dossier', en: 'File number' },
  schema: { type: 'string', readOnly: true },
  filled: 'MUS-2025-000123',
  required: false,
  states: ['empty', 'filled'],
});

export const Content = widgetStory('content', {
  label: { fr: 'À savoir', en: 'Good to know' },
  hint: { fr: 'Vos réponses restent privées : seul le service concerné les lit.', en: 'Your answers stay private: only the department in charge reads them.' },
  schema: { type: 'null' },
  required: false,
  states: ['empty'],
});

export const Alternatives = widgetStory('alternatives', {
  label: { fr: 'Comment souhaitez-vous être recontacté ?', en: 'How should we contact you?' },
  schema: {
    type: 'object',
    oneOf: [
      { title: 'Par courriel', required: ['courriel'], properties: { courriel: { type: 'string', format: 'email', title: 'Adresse e-mail' } } },
      { title: 'Par téléphone', required: ['telephone'], properties: { telephone: { type: 'string', format: 'fr-phone', title: 'Numéro de téléphone' } } },
    ],
  },
  filled: { telephone: '06 12 34 56 78' },
  invalid: { telephone: '06 12' },
  states: ['empty', 'filled', 'error'],
});
