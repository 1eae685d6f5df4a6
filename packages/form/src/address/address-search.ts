import type { AddressSearch as CoreAddressSearch } from '@guichet/core';

/**
 * An address search service for `<guichet-form>`'s `addressSearch` property: `search(query,
 * signal)` resolves to suggestions for what the person typed; the signal is aborted when they
 * type on. Whatever it sends leaves the page: the commune lists its recipient in its privacy notice.
 * @example form.addressSearch = { search: async (query, signal) => (await fetch(`/adresses?q=${encodeURIComponent(query)}`, { signal })).json() };
 */
export type AddressSearch = CoreAddressSearch<AbortSignal>;
