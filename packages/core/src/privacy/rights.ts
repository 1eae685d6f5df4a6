import type { LegalBasis } from '../generated/procedure.js';

/** A right of the person whose data is processed, as the notice lists them. */
export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdraw-consent'
  | 'post-mortem';

/** The rights in the order the notice lists them (the order of the RGPD's articles). */
export const rightIds: readonly RightId[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw-consent',
  'post-mortem',
];

// Which rights apply to a processing, by its legal basis (RGPD Art. 6(1)):
// - access (Art. 15), rectification (Art. 16) and restriction (Art. 18): always.
// - erasure (Art. 17): not when the processing is necessary to comply with a legal obligation or
//   to perform a task in the public interest (Art. 17(3)(b)). It remains for consent (17(1)(b)),
//   contract, vital interest and legitimate interest (17(1)(a), (c), (d)).
// - objection (Art. 21(1)): only to processing based on Art. 6(1)(e) (public task) or (f)
//   (legitimate interest). The controller may then show compelling legitimate grounds, and the act
//   that creates a public processing may exclude it (loi Informatique et Libertés, art. 56). Not for
//   a legal obligation, a contract or a vital interest; for consent, withdrawing it is the way out.
// - portability (Art. 20(1)(a)): only for processing based on consent or a contract, and never for
//   a task in the public interest (Art. 20(3)). Guichet's processing is automated, the other
//   condition of 20(1)(b).
// - withdrawing consent (Art. 7(3), to be told per Art. 13(2)(c)): processing based on consent.
// - instructions on the data after death (loi Informatique et Libertés, art. 85): always, in France.
const byBasis: Record<LegalBasis, readonly RightId[]> = {
  'public-task': ['access', 'rectification', 'restriction', 'objection', 'post-mortem'],
  'legal-obligation': ['access', 'rectification', 'restriction', 'post-mortem'],
  consent: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdraw-consent', 'post-mortem'],
  contract: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'post-mortem'],
  'vital-interest': ['access', 'rectification', 'erasure', 'restriction', 'post-mortem'],
  'legitimate-interest': ['access', 'rectification', 'erasure', 'restriction', 'objection', 'post-mortem'],
};

/**
 * The rights a person has over data processed on a legal basis, in the notice's order (the rules,
 * with their articles, are written beside `byBasis` in privacy/rights.ts).
 * @example rightsFor('public-task') // ['access', 'rectification', 'restriction', 'objection', 'post-mortem']
 */
export function rightsFor(basis: LegalBasis): readonly RightId[] {
  return byBasis[basis];
}

/** The point of RGPD Art. 6(1) each legal basis comes from. */
export const article6Point: Readonly<Record<LegalBasis, string>> = {
  consent: 'a',
  contract: 'b',
  'legal-obligation': 'c',
  'vital-interest': 'd',
  'public-task': 'e',
  'legitimate-interest': 'f',
};
