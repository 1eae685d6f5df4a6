import './isolation.js';
import { expect } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { and, builtinTesters, createFormState, currentStep, loadProcedure, rankWith, schemaTypeIs, widgetIs, type FieldView } from '../../packages/core/src/index.js';
import { describedBy, errorMessage, fieldset, fieldWrapper, hint, label, registerWidget, type WidgetHost } from '../../packages/form/src/index.js';
import {
  checkWidgetConformance,
  conformanceProcedure,
  describeWidgetConformance,
  webTestRunnerKeyboard,
  type AnswerHelpers,
  type ConformanceCase,
  type ConformanceFailure,
} from '../../packages/form/src/testing/index.js';

/** Focuses the question's first control, types, then leaves it with Tab (a change event), as a person does. */
function typing(text: string): (helpers: AnswerHelpers) => Promise<void> {
  return async ({ control, type, press }) => {
    control().focus();
    await type(text);
    await press('Tab');
  };
}

/** Presses keys from the question's first control. */
function pressing(...keys: string[]): (helpers: AnswerHelpers) => Promise<void> {
  return async ({ control, press }) => {
    control().focus();
    for (const key of keys) await press(key);
  };
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');
const minutes = -new Date().getTimezoneOffset();
/** The local offset the time widget adds to what is typed (`+02:00`). */
const localOffset = `${minutes >= 0 ? '+' : '-'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;

/** Types a date into a native date input, in the order of the browser's locale (jj/mm/aaaa in French, mm/dd/yyyy in American English). */
async function typeDate({ control, type, press }: AnswerHelpers, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  const parts: Record<string, string> = { year, month, day };
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2000, 0, 2))
    .map((part) => part.type)
    .filter((type) => type in parts);
  control().focus();
  for (const part of order) await type(parts[part] ?? '');
  await press('Tab');
}

const communes = ['orleans', 'tours', 'blois', 'chartres', 'bourges', 'chateauroux'];

/**
 * One case per built-in widget, by the name core's `builtinTesters` gives it. A new widget adds
 * its entry here; the test below fails until it does.
 */
const cases: Record<string, ConformanceCase> = {
  text: { schema: { type: 'string' }, sample: 'Dupont', answer: typing('Dupont') },
  textarea: { schema: { type: 'string' }, presentation: { widget: 'textarea' }, sample: 'Bonjour', answer: typing('Bonjour'), readOnly: true },
  email: { schema: { type: 'string', format: 'email' }, sample: 'claire.dupont@example.fr', answer: typing('claire.dupont@example.fr') },
  url: { schema: { type: 'string', format: 'uri' }, sample: 'https://www.saint-exemple.fr', answer: typing('https://www.saint-exemple.fr') },
  tel: { schema: { type: 'string', format: 'fr-phone' }, sample: '0612345678', answer: typing('0612345678') },
  identifier: { schema: { type: 'string', format: 'siret' }, sample: '35600000000048', answer: typing('356 000 000 00048') },
  alternatives: {
    schema: { oneOf: [{ type: 'string', title: 'En lettres' }, { type: 'number', title: 'En chiffres' }] },
    sample: 12,
    answer: async ({ control, type, press, settle }) => {
      control().focus();
      await press('Space');
      await press('ArrowDown');
      await settle();
      control('#g-reponse').focus();
      await type('12');
      await press('Tab');
    },
  },
  date: { schema: { type: 'string', format: 'date' }, sample: '1980-05-17', answer: (helpers) => typeDate(helpers, '1980-05-17') },
  'memorable-date': {
    schema: { type: 'string', format: 'date' },
    presentation: { widget: 'memorable-date' },
    sample: '1980-05-17',
    readOnly: true,
    answer: async ({ control, type, press }) => {
      control().focus();
      for (const part of ['17', '5', '1980']) {
        await type(part);
        await press('Tab');
      }
    },
  },
  datetime: {
    schema: { type: 'string', format: 'date-time' },
    sample: new Date('2024-07-14T14:30').toISOString(),
    answer: ({ control, pick }) => pick(control(), '2024-07-14T14:30'),
  },
  time: { schema: { type: 'string', format: 'time' }, sample: `14:30:00${localOffset}`, answer: typing('1430') },
  number: { schema: { type: 'integer' }, sample: 42, answer: typing('42') },
  checkbox: { schema: { type: 'boolean' }, sample: true, answer: pressing('Space') },
  'yes-no': { schema: { type: 'boolean' }, presentation: { widget: 'yes-no' }, sample: false, readOnly: true, answer: pressing('Space', 'ArrowRight') },
  radios: {
    schema: { type: 'string', enum: ['voirie', 'eclairage', 'proprete'] },
    presentation: { widget: 'radios' },
    sample: 'eclairage',
    readOnly: true,
    answer: pressing('ArrowDown'),
  },
  select: { schema: { type: 'string', enum: communes }, presentation: { widget: 'select' }, sample: 'orleans', readOnly: true, answer: pressing('ArrowDown', 'Tab') },
  combobox: {
    schema: { type: 'string', enum: communes },
    presentation: { widget: 'combobox' },
    sample: 'tours',
    readOnly: true,
    answer: async ({ control, type, press }) => {
      control().focus();
      await type('tou');
      await press('ArrowDown');
      await press('Enter');
    },
  },
  checkboxes: {
    schema: { type: 'array', items: { enum: ['lundi', 'mardi', 'mercredi'] } },
    sample: ['lundi', 'mercredi'],
    answer: pressing('Space', 'Tab', 'Tab', 'Space'),
  },
  group: {
    readOnly: true,
    schema: { type: 'object', properties: { rue: { type: 'string', title: 'Numéro et rue' }, ville: { type: 'string', title: 'Ville' } } },
    sample: { rue: '2 place de la Mairie', ville: 'Saint-Exemple' },
    answer: async ({ control, type, press }) => {
      control('#g-reponse-rue').focus();
      await type('2 place de la Mairie');
      await press('Tab');
      await type('Saint-Exemple');
      await press('Tab');
    },
  },
  address: {
    readOnly: true,
    schema: {
      type: 'object',
      properties: { voie: { type: 'string', title: 'Numéro et voie' }, codePostal: { type: 'string', title: 'Code postal' }, commune: { type: 'string', title: 'Commune' } },
    },
    sample: { voie: '2 place de la Mairie', codePostal: '45000', commune: 'Saint-Exemple' },
    answer: async ({ control, type, press }) => {
      control('#g-reponse-voie').focus();
      for (const part of ['2 place de la Mairie', '45000', 'Saint-Exemple']) {
        await type(part);
        await press('Tab');
      }
    },
  },
  repeater: {
    readOnly: true,
    schema: { type: 'array', minItems: 1, items: { type: 'object', properties: { prenom: { type: 'string', title: 'Prénom' } } } },
    sample: [{ prenom: 'Léa' }],
    answer: async ({ control, type, press, settle }) => {
      control('#g-reponse-add').focus();
      await press('Enter');
      await settle();
      control('#g-reponse-0-prenom').focus();
      await type('Léa');
      await press('Tab');
    },
  },
  list: {
    schema: { type: 'array', minItems: 1, items: { type: 'string' } },
    sample: ['vélo'],
    answer: async ({ control, type, press, settle }) => {
      control('#g-reponse-add').focus();
      await press('Enter');
      await settle();
      control('#g-reponse-0').focus();
      await type('vélo');
      await press('Tab');
    },
  },
  file: {
    schema: { type: 'string', format: 'data-url' },
    presentation: { widget: 'file' },
    sample: 'data:text/plain;name=justificatif.txt;base64,Qm9uam91cg==',
    readOnly: true,
    answer: ({ control, pick }) => pick(control(), [new File(['Bonjour'], 'justificatif.txt', { type: 'text/plain' })]),
  },
  readonly: { schema: { type: 'string', readOnly: true }, sample: 'D-42', required: false },
  content: { schema: { type: 'null' }, sample: null, required: false },
};

/** The widget core chooses for a case's question (read-only when asked). */
function chosenWidget(testCase: ConformanceCase, readOnly = false): string {
  const state = createFormState(loadProcedure(conformanceProcedure(testCase, readOnly)), { locale: 'fr' });
  const item = currentStep(state).items[0];
  return item?.kind === 'field' ? item.widget : 'none';
}

describe('widget conformance', () => {
  it('should have a case for every built-in widget', () => {
    const missing = builtinTesters.map(([name]) => name).filter((name) => !(name in cases));
    expect(missing, `built-in widgets without a conformance case in tests/form/conformance.test.ts: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('should render each case with the widget it is named after, read-only too when the case says so', () => {
    const mismatched = Object.entries(cases).flatMap(([name, testCase]) => {
      const chosen = [chosenWidget(testCase), ...(testCase.readOnly ? [chosenWidget(testCase, true)] : [])];
      return chosen.filter((widget) => widget !== name).map((widget) => `${name} renders as ${widget}`);
    });
    expect(mismatched).to.deep.equal([]);
  });

  for (const [name, testCase] of Object.entries(cases)) describeWidgetConformance(name, testCase);
});

// Broken agency widgets, each matched only by a presentation `widget` name used nowhere else
// (registerWidget is global for the page).
const broken = {
  unlabelled: 'conformance-broken-unlabelled',
  unsafeLabel: 'conformance-broken-unsafe-label',
  noAriaInvalid: 'conformance-broken-no-aria-invalid',
} as const;

function brokenInput(field: FieldView, host: WidgetHost, ariaInvalid: boolean) {
  return html`<input
    class="input"
    id=${field.id}
    name=${field.pointer}
    aria-describedby=${describedBy(field)}
    aria-invalid=${ariaInvalid ? (field.error ? 'true' : 'false') : nothing}
    .value=${typeof field.value === 'string' ? field.value : ''}
    @change=${(event: Event) => {
      host.setValue(field.pointer, (event.target as HTMLInputElement).value || undefined);
    }}
  />`;
}

registerWidget({
  name: broken.unlabelled,
  tester: rankWith(100, widgetIs(broken.unlabelled)),
  render: (field, host) =>
    fieldWrapper(field, html`<p>${field.label}</p> ${hint(field)} ${errorMessage(field, host.messages)} ${brokenInput(field, host, true)}`),
});
registerWidget({
  name: broken.unsafeLabel,
  tester: rankWith(100, widgetIs(broken.unsafeLabel)),
  render: (field, host) =>
    fieldWrapper(
      field,
      html`<label for=${field.id}>${unsafeHTML(field.label)}</label> ${hint(field)} ${errorMessage(field, host.messages)}
        ${brokenInput(field, host, true)}`,
    ),
});
registerWidget({
  name: broken.noAriaInvalid,
  tester: rankWith(100, widgetIs(broken.noAriaInvalid)),
  render: (field, host) =>
    fieldWrapper(field, html`${label(field, host.messages)} ${hint(field)} ${errorMessage(field, host.messages)} ${brokenInput(field, host, false)}`),
});

const brokenCase = (widget: string): ConformanceCase => ({ schema: { type: 'string' }, presentation: { widget }, sample: 'Dupont', answer: typing('Dupont') });
const checksOf = (failures: readonly ConformanceFailure[]): string[] => [...new Set(failures.map((f) => `${f.state} ${f.check}`))].sort();

describe('widget conformance checks on broken widgets', () => {
  it('should report an input without a label: no accessible name, and axe', async () => {
    const failures = await checkWidgetConformance(brokenCase(broken.unlabelled), { keyboard: webTestRunnerKeyboard, states: ['empty'] });
    expect(checksOf(failures)).to.include.members(['empty accessible-name', 'empty axe']);
    expect(failures.find((f) => f.check === 'accessible-name')?.message).to.match(/^<input id="g-reponse"> has no accessible name/);
  });

  it('should report a label rendered as HTML: an img created and the label not shown as text', async () => {
    const failures = await checkWidgetConformance(brokenCase(broken.unsafeLabel), { keyboard: webTestRunnerKeyboard, states: ['empty'] });
    const htmlFailures = failures.filter((f) => f.check === 'text-not-html').map((f) => f.message);
    expect(htmlFailures.some((m) => m.startsWith('An <img> element was created'))).to.equal(true);
    expect(htmlFailures.some((m) => m.startsWith("The question's label is not shown as text"))).to.equal(true);
  });

  it('should report an input without aria-invalid in error, and nothing else', async () => {
    const failures = await checkWidgetConformance(brokenCase(broken.noAriaInvalid), { keyboard: webTestRunnerKeyboard });
    expect(checksOf(failures)).to.deep.equal(['error aria-invalid']);
    expect(failures[0]?.message).to.equal(
      '<input id="g-reponse"> has no aria-invalid while its question is in error; it needs aria-invalid="true".',
    );
  });
});

// The agency widget of docs/widgets.md (a star rating), under a name used nowhere else: what the
// guide teaches passes the suite.
function renderStars(field: FieldView, host: WidgetHost) {
  const max = field.constraints.maximum ?? 5;
  const values = Array.from({ length: max }, (_, i) => i + 1);
  return fieldset(
    field,
    host.messages,
    html`<div class="choices choices--inline">
      ${values.map((value, i) => {
        const id = i === 0 ? field.id : `${field.id}-${value}`;
        return html`<div class="choice">
          <input
            type="radio"
            class="choice-input"
            id=${id}
            name=${field.pointer}
            .checked=${field.value === value}
            aria-invalid=${field.error ? 'true' : 'false'}
            ?disabled=${field.readOnly}
            @change=${() => {
              host.setValue(field.pointer, value);
            }}
          />
          <label class="choice-label" for=${id}>${value} ${value > 1 ? 'étoiles' : 'étoile'}</label>
        </div>`;
      })}
    </div>`,
    undefined,
    nothing,
  );
}

registerWidget({ name: 'conformance-example-stars', tester: rankWith(10, and(schemaTypeIs('integer'), widgetIs('conformance-example-stars'))), render: renderStars });

describe('an agency widget written as docs/widgets.md shows', () => {
  describeWidgetConformance('stars', {
    schema: { type: 'integer', minimum: 1, maximum: 5 },
    presentation: { widget: 'conformance-example-stars' },
    sample: 4,
    readOnly: true,
    answer: pressing('ArrowRight', 'ArrowRight', 'ArrowRight'),
  });
});
