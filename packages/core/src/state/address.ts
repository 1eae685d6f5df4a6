import { isObject } from '../json.js';
import { parsePointer } from '../pointer.js';
import type { FieldPresentation } from '../generated/procedure.js';
import type { FieldView } from './views.js';
import type { Predicate } from './widgets.js';

/**
 * A postal address is an object whose properties Guichet recognises by name: the street, a
 * complement, the postcode, the town and the country (French norm NF Z10-011 lines, and the
 * HTML autofill tokens of WCAG 1.3.5). Core owns these rules; the form only renders them.
 */

/** A part of a postal address. */
export type AddressPart = 'line1' | 'line2' | 'postalCode' | 'city' | 'country';

/** The parts of an address, in the order they are written. */
export const addressParts: readonly AddressPart[] = ['line1', 'line2', 'postalCode', 'city', 'country'];

/** The HTML autocomplete token of each part (WCAG 1.3.5 Identify Input Purpose). */
export const addressTokens: Readonly<Record<AddressPart, string>> = {
  line1: 'address-line1',
  line2: 'address-line2',
  postalCode: 'postal-code',
  city: 'address-level2',
  country: 'country-name',
};

// Property names, lowercase, without accents or separators (`code_postal`, `Code-Postal` and
// `codePostal` all read `codepostal`).
const partByName = new Map<string, AddressPart>([
  ...['voie', 'rue', 'adresse', 'numeroetvoie', 'ligne1', 'street', 'streetaddress', 'address1', 'addressline1', 'line1'].map(
    (name) => [name, 'line1'] as const,
  ),
  ...['complement', 'complementadresse', 'ligne2', 'address2', 'addressline2', 'line2'].map((name) => [name, 'line2'] as const),
  ...['codepostal', 'cp', 'postalcode', 'postcode', 'zip', 'zipcode'].map((name) => [name, 'postalCode'] as const),
  ...['commune', 'ville', 'localite', 'city', 'locality', 'town'].map((name) => [name, 'city'] as const),
  ...['pays', 'country'].map((name) => [name, 'country'] as const),
]);

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The part of an address a property holds, from its name or its format, if any.
 * @example addressPartOf('Code_Postal') // 'postalCode'
 * @example addressPartOf('cp_naissance', 'fr-postal-code') // 'postalCode'
 */
export function addressPartOf(name: string, format?: unknown): AddressPart | undefined {
  if (format === 'fr-postal-code') return 'postalCode';
  return partByName.get(normalise(name));
}

/**
 * The property holding each part, from properties given as `[name, format]`: the first
 * property of a part takes it, a later one of the same part stays an ordinary question.
 * @example partsOf([['rue', undefined], ['cp', undefined], ['ville', undefined]]) // Map { line1 → 'rue', postalCode → 'cp', city → 'ville' }
 */
export function partsOf(properties: Iterable<readonly [string, unknown]>): Map<AddressPart, string> {
  const parts = new Map<AddressPart, string>();
  for (const [name, format] of properties) {
    const part = addressPartOf(name, format);
    if (part && !parts.has(part)) parts.set(part, name);
  }
  return parts;
}

/**
 * An object whose properties hold at least a postcode and a town: a postal address, shown
 * with the `address` widget. A `format` given behind a `$ref` is not seen here; name the
 * property, or ask for `widget: "address"`.
 */
export const isAddress: Predicate = ({ schema, type }) => {
  if (type !== 'object') return false;
  const parts = partsOf([...schema.properties].map(([name, located]) => [name, isObject(located.node) ? located.node.format : undefined] as const));
  return parts.has('postalCode') && parts.has('city');
};

/**
 * The part fields of an address view, by part, in the order of the view's children.
 * @example addressFields(view).get('postalCode')?.pointer // '/adresse/codePostal'
 */
export function addressFields(field: FieldView): Map<AddressPart, FieldView> {
  const children = (field.children ?? []).filter((child) => child.type === 'string' && !child.fallback);
  const parts = partsOf(children.map((child) => [parsePointer(child.pointer).pop() ?? '', child.constraints.format] as const));
  const found = new Map<AddressPart, FieldView>();
  for (const [part, name] of parts) {
    const child = children.find((c) => parsePointer(c.pointer).pop() === name);
    if (child) found.set(part, child);
  }
  return found;
}

/**
 * Gives each part field of an address view its autocomplete token, unless the part's own
 * presentation gives one. `"autocomplete": "off"` on the address itself (an address that is
 * not the person's own, such as the place of a problem on the road) gives "off" to every part
 * that has no token of its own, so the browser does not offer the person's home address.
 * @example addAddressTokens(view, (key) => presentationOf(procedure, key))
 */
export function addAddressTokens(field: FieldView, presentationOf: (key: string) => FieldPresentation | undefined): void {
  const off = presentationOf(field.key)?.autocomplete === 'off';
  for (const [part, child] of addressFields(field)) {
    const own = presentationOf(child.key)?.autocomplete;
    child.autocomplete = own ?? (off ? 'off' : addressTokens[part]);
  }
}

/** What `AddressSearch` needs of an `AbortSignal` (core has no DOM types; a browser's or Node's fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** An address proposed by a search service for what the person typed. */
export interface AddressSuggestion {
  /** The address on one line, as the list shows it ("8 Boulevard du Port 80000 Amiens"). */
  label: string;
  line1?: string;
  line2?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

/**
 * An address search service an integrator plugs into `<guichet-form>` (none is called by
 * default). It receives what the person typed, and a signal aborted when they type on.
 */
export interface AddressSearch<Signal extends AbortSignalLike = AbortSignalLike> {
  search(query: string, signal: Signal): Promise<AddressSuggestion[]>;
}

/** The fewest characters worth a search: shorter queries match too much (and BAN refuses them). */
export const MIN_ADDRESS_QUERY_LENGTH = 3;

/** The most characters sent to a search service (BAN refuses longer queries). */
export const MAX_ADDRESS_QUERY_LENGTH = 200;

/**
 * The query to send for what the person typed, or undefined when it is too short to search.
 * @example addressQuery('  8 bd du port ') // '8 bd du port'
 * @example addressQuery('8 ') // undefined
 */
export function addressQuery(text: string): string | undefined {
  const query = text.trim().replace(/\s+/g, ' ').slice(0, MAX_ADDRESS_QUERY_LENGTH);
  return query.length >= MIN_ADDRESS_QUERY_LENGTH ? query : undefined;
}

/**
 * The well-formed suggestions of what a search service returned: those with a label, their
 * parts kept only when they are text. Undefined when the answer is not a list at all.
 * @example addressSuggestions([{ label: '8 Boulevard du Port 80000 Amiens', city: 'Amiens', postalCode: 80000 }]) // [{ label: '…', city: 'Amiens' }]
 */
export function addressSuggestions(value: unknown): AddressSuggestion[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item): AddressSuggestion[] => {
    if (!isObject(item) || typeof item.label !== 'string' || item.label.trim() === '') return [];
    const suggestion: AddressSuggestion = { label: item.label };
    for (const part of addressParts) {
      const text = item[part];
      if (typeof text === 'string' && text.trim() !== '') suggestion[part] = text.trim();
    }
    return [suggestion];
  });
}

// What a search finds is the place: its street, postcode and town replace the previous ones
// (cleared when the suggestion has none). The complement and the country are the person's
// own details that a service rarely knows: they change only when the suggestion gives them.
const placeParts = new Set<AddressPart>(['line1', 'postalCode', 'city']);

/**
 * The answers to set when the person chooses a suggestion: `[pointer, value]` pairs for the
 * parts the address's schema has, in the order of its fields.
 * @example addressAnswers(view, { label: '…', line1: '8 Boulevard du Port', postalCode: '80000', city: 'Amiens' })
 * // [['/adresse/voie', '8 Boulevard du Port'], ['/adresse/codePostal', '80000'], ['/adresse/commune', 'Amiens']]
 */
export function addressAnswers(field: FieldView, suggestion: AddressSuggestion): Array<[string, string | undefined]> {
  const answers: Array<[string, string | undefined]> = [];
  for (const [part, child] of addressFields(field)) {
    const value = suggestion[part];
    if (value !== undefined || placeParts.has(part)) answers.push([child.pointer, value]);
  }
  return answers;
}
