/** A JSON Schema object; boolean schemas are `true` (anything) and `false` (nothing). */
export type SchemaObject = Record<string, unknown>;

/** Any JSON Schema: an object or a boolean. */
export type JsonSchema = SchemaObject | boolean;

/** The JSON Schema versions Guichet understands. */
export type Dialect = 'draft-07' | '2020-12';

/** Keywords whose value is one subschema applied to the same instance. */
export const inPlaceKeywords = ['not', 'if', 'then', 'else'] as const;
/** Keywords whose value is a list of subschemas applied to the same instance. */
export const inPlaceListKeywords = ['allOf', 'anyOf', 'oneOf'] as const;
/** Keywords whose value is one subschema applied to a child of the instance. */
export const childKeywords = [
  'additionalProperties',
  'additionalItems',
  'items',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
/** Keywords whose value is a list of subschemas applied to children. */
export const childListKeywords = ['prefixItems', 'items'] as const;
/** Keywords whose value maps names to subschemas. */
export const mapKeywords = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'] as const;
