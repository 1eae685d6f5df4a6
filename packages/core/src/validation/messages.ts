import { frenchFormats, isFrenchFormat } from '../formats/index.js';
import type { Catalogue, DefinitionContext, ErrorContext, ErrorKeyword } from '../i18n/index.js';

const keywords = new Set<string>([
  'required', 'type', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'enum', 'const', 'minItems', 'maxItems', 'uniqueItems', 'contains',
  'minProperties', 'maxProperties', 'additionalProperties', 'propertyNames', 'oneOf', 'anyOf', 'not', 'fileType', 'fileSize',
]);

const aliases: Record<string, ErrorKeyword> = {
  'false schema': 'not',
  unevaluatedProperties: 'additionalProperties',
  unevaluatedItems: 'maxItems',
  // Too many items after a tuple: draft-07 says additionalItems, 2020-12 says items (both with a limit).
  additionalItems: 'maxItems',
  items: 'maxItems',
  minContains: 'contains',
  maxContains: 'contains',
  formatMinimum: 'minimum',
  formatMaximum: 'maximum',
  formatExclusiveMinimum: 'exclusiveMinimum',
  formatExclusiveMaximum: 'exclusiveMaximum',
};

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The parameters of an ajv error that messages use, with allowed values as text. */
function paramContext(params: Record<string, unknown>, allowedLabel: (value: unknown) => string): DefinitionContext {
  const context: DefinitionContext = {};
  if (typeof params.limit === 'number') context.limit = params.limit;
  if (typeof params.type === 'string') context.type = params.type;
  if (Array.isArray(params.type)) context.type = params.type.join(',');
  if (Array.isArray(params.allowedValues)) context.allowed = params.allowedValues.map(allowedLabel);
  if ('allowedValue' in params) context.allowed = [allowedLabel(params.allowedValue)];
  if (typeof params.pattern === 'string') context.pattern = params.pattern;
  if (typeof params.format === 'string') context.format = params.format;
  return context;
}

/**
 * The catalogue's message for a failed keyword, its parameters filled in.
 * @example keywordMessage(fr, 'minLength', { limit: 3 }, 'Nom', 'ab') // 'Saisissez au moins 3 caractères'
 */
export function keywordMessage(
  messages: Catalogue,
  keyword: string,
  params: Record<string, unknown>,
  label: string,
  value: unknown,
  allowedLabel: (value: unknown) => string = asText,
): string {
  const key: ErrorKeyword = keywords.has(keyword) ? (keyword as ErrorKeyword) : (aliases[keyword] ?? 'generic');
  const context: ErrorContext = { label, ...paramContext(params, allowedLabel) };
  if (Array.isArray(params.accept)) context.accept = params.accept.filter((a): a is string => typeof a === 'string');
  if (typeof params.name === 'string') context.file = params.name;
  if (typeof params.additionalProperty === 'string') context.property = params.additionalProperty;
  if (typeof params.unevaluatedProperty === 'string') context.property = params.unevaluatedProperty;
  if (context.format && isFrenchFormat(context.format) && typeof value === 'string') {
    const verdict = frenchFormats[context.format](value);
    if (!verdict.valid) context.problem = verdict.problem;
  }
  return messages.error[key](context);
}

const definitionKeywords = new Set<string>([
  'type', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems',
  'minProperties', 'uniqueItems', 'propertyNames',
]);

/**
 * What a value of a definition (a procedure, or a JSON Schema checked against its
 * meta-schema) must be, said to its author.
 * @example definitionMessage(fr, 'type', { type: 'string' }) // 'doit être un texte'
 */
export function definitionMessage(messages: Catalogue, keyword: string, params: Record<string, unknown>): string {
  const context = paramContext(params, asText);
  if (definitionKeywords.has(keyword)) return messages.definition[keyword as keyof Catalogue['definition']](context);
  return keyword === 'anyOf' || keyword === 'oneOf' ? messages.definition.alternatives(context) : messages.definition.generic(context);
}
