import type { AddressSuggestion } from '@guichet/core';
import type { AddressSearch } from './address-search.js';

/** Options of the Base Adresse Nationale search. */
export interface BanOptions {
  /** The search endpoint: the BAN's by default, or a proxy the commune runs. */
  endpoint?: string;
  /** The most suggestions to ask for. */
  limit?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The suggestions of a BAN answer (a GeoJSON FeatureCollection): each feature's `label`, its
 * `name` (or house number and street) as the first line, `postcode` and `city`. A town found
 * without a street (`type: "municipality"`) leaves the first line empty.
 * @example banSuggestions({ features: [{ properties: { label: '8 Boulevard du Port 80000 Amiens', name: '8 Boulevard du Port', postcode: '80000', city: 'Amiens' } }] })
 */
export function banSuggestions(collection: unknown): AddressSuggestion[] {
  const features = isRecord(collection) && Array.isArray(collection.features) ? (collection.features as unknown[]) : undefined;
  if (!features) throw new TypeError('The address service did not answer with a GeoJSON FeatureCollection');
  // Only text is kept (this file loads on its own, without core's addressSuggestions; the form
  // checks what any search service returns again).
  return features.flatMap((feature): AddressSuggestion[] => {
    const p = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const label = text(p.label);
    if (!label) return [];
    const street = [text(p.housenumber), text(p.street)].filter(Boolean).join(' ');
    const line1 = p.type === 'municipality' ? undefined : (text(p.name) ?? (street || undefined));
    const suggestion: AddressSuggestion = { label };
    if (line1) suggestion.line1 = line1;
    const postalCode = text(p.postcode);
    if (postalCode) suggestion.postalCode = postalCode;
    const city = text(p.city);
    if (city) suggestion.city = city;
    return [suggestion];
  });
}

/**
 * An address search on France's Base Adresse Nationale, to set as `<guichet-form>`'s
 * `addressSearch`. Opt-in: nothing is sent unless an integrator plugs it in. Once plugged in,
 * **what the citizen types in the search box is sent to that service** (api-adresse.data.gouv.fr
 * by default, run by the State): a recipient the commune must list in its privacy notice. The
 * request carries no cookie and no referrer.
 * @example form.addressSearch = banAddressSearch({ limit: 5 });
 */
export function banAddressSearch({ endpoint = 'https://api-adresse.data.gouv.fr/search/', limit = 5 }: BanOptions = {}): AddressSearch {
  return {
    async search(query, signal) {
      const url = new URL(endpoint, globalThis.location?.href);
      url.searchParams.set('q', query);
      url.searchParams.set('limit', String(limit));
      // No cookie and no referrer: the service needs the query, not which procedure page asked.
      const response = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return banSuggestions(await response.json());
    },
  };
}
