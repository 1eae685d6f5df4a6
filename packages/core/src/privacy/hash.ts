import type { PrivacyNotice } from './notice.js';
import { canonicalText } from './text.js';

// core is typed without the DOM library: the two Web APIs used here, as Node 20 and browsers have them.
interface SubtleCryptoLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
interface WebCryptoGlobals {
  crypto?: { subtle?: SubtleCryptoLike };
  TextEncoder?: new () => { encode(text: string): Uint8Array };
}

/**
 * The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hexadecimal digits. Uses the Web Crypto
 * API (`globalThis.crypto.subtle`: Node 20 and every browser; in a browser, only on a secure
 * origin, HTTPS or localhost).
 * @example await sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const globals = globalThis as WebCryptoGlobals;
  const subtle = globals.crypto?.subtle;
  if (!subtle || !globals.TextEncoder) throw new Error('Guichet needs the Web Crypto API (crypto.subtle) to hash the privacy notice: use Node 20 or later, or a page served over HTTPS');
  const digest = await subtle.digest('SHA-256', new globals.TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The hash of the exact notice text shown: the SHA-256 of its canonical text (`notice.text`, or a
 * text given as is, put in canonical form first). Consent proofs carry it, so the receiving system
 * can tell which text the citizen read.
 * @example await hashNotice(privacyNotice(procedure, 'fr')) // '9a0c…' (64 hexadecimal digits)
 */
export async function hashNotice(notice: PrivacyNotice | string): Promise<string> {
  return sha256Hex(canonicalText(typeof notice === 'string' ? notice : notice.text));
}

/** True for a value shaped like a notice hash: 64 lowercase hexadecimal digits. */
export function isNoticeHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/u.test(value);
}
