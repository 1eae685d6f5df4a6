import type { LocalizedText, ProcedureDocument, Step } from '../generated/procedure.js';
import { bilingual } from '../i18n/index.js';
import { parsePointer } from '../pointer.js';
import type { SchemaObject } from '../schema/types.js';

/** The id of a derived procedure: the schema's title or `$id` in lowercase words, else `formulaire`. */
function deriveId(schema: SchemaObject): string {
  const source = typeof schema.title === 'string' ? schema.title : typeof schema.$id === 'string' ? schema.$id : '';
  const slug = source
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'formulaire';
}

/** One step holding every top-level field, titled like the form. */
export function defaultSteps(title: ProcedureDocument['title'], fields: readonly string[]): Step[] {
  // `/*` is the items of a root array (a root typed ["object", "array"]), not a property.
  const [first, ...rest] = fields.filter((key) => parsePointer(key).length === 1 && key !== '/*');
  return first === undefined ? [] : [{ id: 'questions', title, items: [first, ...rest] }];
}

/**
 * The procedure a bare JSON Schema stands for: its title, its description, one step with
 * every top-level property, and no privacy block (not warned about: a bare schema has no
 * place for one).
 */
export function deriveDocument(schema: SchemaObject): ProcedureDocument {
  const title: LocalizedText =
    typeof schema.title === 'string' && schema.title !== '' ? schema.title : { ...bilingual((m) => m.untitledForm()) };
  const document: ProcedureDocument = {
    id: deriveId(schema),
    version: '1',
    title,
    organisation: { name: { ...bilingual((m) => m.unknownOrganisation()) } },
    schema,
  };
  if (typeof schema.description === 'string' && schema.description !== '') document.description = schema.description;
  return document;
}
