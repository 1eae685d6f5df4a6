// What the stories share: the tests' fixtures with answers that pass their rules, a builder of
// one-question procedures, and a wait for the forms of a story to be rendered.
import type { FieldPresentation, LocalizedText, ProcedureDocument } from '@guichet/core';
import type { GuichetForm } from '@guichet/form';
import '@guichet/form/define';
import adresse from '../tests/fixtures/procedure-adresse.json' with { type: 'json' };
import ecoleMusique from '../tests/fixtures/procedure-inscription-ecole-musique.json' with { type: 'json' };
import troisEtapes from '../tests/fixtures/procedure-trois-etapes.json' with { type: 'json' };
import tousLesWidgets from '../tests/fixtures/procedure-widgets.json' with { type: 'json' };

/** A procedure of `tests/fixtures/`, and answers that satisfy every one of its rules. */
export interface Fixture {
  /** The procedure document, as the tests load it. */
  procedure: unknown;
  /** Answers that pass every rule: the review page and sending accept them. */
  valid: Record<string, unknown>;
}

/** The fixtures the browser tests use, by file name without `procedure-`. */
export const fixtures = {
  adresse: {
    procedure: adresse,
    valid: {
      typeActe: 'copie-integrale',
      nom: 'Dupont',
      prenoms: 'Camille Marie',
      dateNaissance: '1985-07-14',
      adresse: { numeroEtVoie: '2 place de la Mairie', codePostal: '45000', commune: 'Saint-Exemple-sur-Loire' },
    },
  },
  'inscription-ecole-musique': {
    procedure: ecoleMusique,
    valid: {
      responsable: { nom: 'Dupont', prenom: 'Camille', courriel: 'camille.dupont@example.org', telephone: '02 38 00 00 00', codePostal: '45000' },
      enfants: [{ nom: 'Dupont', prenom: 'Léa', dateNaissance: '2016-04-12', instrument: 'violon', niveau: 'cycle-1' }],
      quotientFamilial: true,
      numeroAllocataire: '1234567',
      commentaire: 'Léa joue déjà un peu de violon.',
    },
  },
  'trois-etapes': {
    procedure: troisEtapes,
    valid: { nom: 'Dupont', courriel: 'camille.dupont@example.org', allocataire: true, numeroAllocataire: '1234567', certifie: true },
  },
  widgets: {
    procedure: tousLesWidgets,
    valid: {
      nom: 'Dupont',
      courriel: 'camille.dupont@example.org',
      telephone: '02 38 00 00 00',
      site: 'https://www.saint-exemple.fr',
      naissance: '1985-07-14',
      age: 40,
      montant: 12.5,
      codePostal: '45000',
      message: 'Merci pour votre aide.',
      newsletter: true,
      certifie: true,
      quotient: false,
      categorie: 'eclairage',
      commune: 'tours',
      jours: ['lundi', 'mercredi'],
      adresse: { rue: '2 place de la Mairie', ville: 'Saint-Exemple-sur-Loire' },
      enfants: [{ prenom: 'Léa' }],
      etiquettes: ['vélo', 'trottinette'],
    },
  },
} satisfies Record<string, Fixture>;

/** The name of a fixture. */
export type FixtureName = keyof typeof fixtures;

/** The names of the fixtures, for a `select` control. */
export const fixtureNames = Object.keys(fixtures) as FixtureName[];

/** The languages the form speaks. */
export const languages = ['fr', 'en'] as const;

/** A language of the form. */
export type Language = (typeof languages)[number];

/** The data property the one question of `oneQuestion` answers. */
export const QUESTION = 'reponse';

/** What `oneQuestion` builds a procedure from. */
export interface OneQuestion {
  /** The procedure's title (the form shows it as its heading). */
  title: LocalizedText;
  /** The title of its single step. */
  stepTitle: LocalizedText;
  /** The question's JSON Schema. */
  schema: Record<string, unknown>;
  /** The question's presentation: label, hint, widget asked for by name… */
  presentation?: FieldPresentation;
  /** Presentations of the questions inside it, keyed by pointer from it (`/rue`; an array item is `*`). */
  inner?: Record<string, FieldPresentation>;
  /** Whether an answer is required. */
  required?: boolean;
}

/**
 * A procedure of one step with one question, `/reponse`: what a widget story shows.
 * @example oneQuestion({ title: 'Vide', stepTitle: 'text', schema: { type: 'string' }, presentation: { label: 'Nom' } })
 */
export function oneQuestion({ title, stepTitle, schema, presentation, inner = {}, required = false }: OneQuestion): ProcedureDocument {
  const fields: Record<string, FieldPresentation> = Object.fromEntries(
    Object.entries(inner).map(([pointer, innerPresentation]) => [`/${QUESTION}${pointer}`, innerPresentation]),
  );
  if (presentation) fields[`/${QUESTION}`] = presentation;
  return {
    id: 'une-question',
    version: '1.0.0',
    title,
    organisation: { name: 'Commune de Saint-Exemple-sur-Loire' },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: required ? [QUESTION] : [],
      properties: { [QUESTION]: schema },
    },
    steps: [{ id: 'question', title: stepTitle, items: [`/${QUESTION}`] }],
    fields,
  };
}

/** The `<guichet-form>` elements of a story, once each has rendered. */
export async function renderedForms(root: HTMLElement, selector = 'guichet-form'): Promise<GuichetForm[]> {
  const forms = [...root.querySelectorAll<GuichetForm>(selector)];
  await Promise.all(forms.map((form) => form.updateComplete));
  return forms;
}

/** The one `<guichet-form>` of a story, once it has rendered. */
export async function renderedForm(root: HTMLElement): Promise<GuichetForm> {
  const [form] = await renderedForms(root);
  if (!form) throw new Error('The story has no <guichet-form>.');
  return form;
}
