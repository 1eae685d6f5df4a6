import { isObject } from '../json.js';
import { isPointer } from '../pointer.js';

/** An error a receiver found in the answers: where (a JSON pointer into `data`) and what, as plain text. */
export interface ReceiverError {
  pointer: string;
  message: string;
}

/** The most errors read from one answer, and the longest message kept: a receiver cannot flood the page. */
export const MAX_RECEIVER_ERRORS = 100;
export const MAX_RECEIVER_MESSAGE_LENGTH = 500;

/**
 * The errors of a receiver's 422 answer, `{ errors: [{ pointer, message }] }`, each checked: a
 * pointer is an RFC 6901 JSON pointer into the answers, a message a non-empty string (trimmed,
 * cut at 500 characters). Anything else is ignored. Messages are text: a form shows them as
 * text, never as HTML.
 * @example receiverErrors({ errors: [{ pointer: '/nom', message: 'Nom inconnu' }, { pointer: 'nom' }] })
 * // [{ pointer: '/nom', message: 'Nom inconnu' }]
 */
export function receiverErrors(body: unknown): ReceiverError[] {
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  const found: ReceiverError[] = [];
  for (const error of body.errors as unknown[]) {
    if (found.length >= MAX_RECEIVER_ERRORS) break;
    if (!isObject(error) || typeof error.pointer !== 'string' || typeof error.message !== 'string') continue;
    const message = error.message.trim().slice(0, MAX_RECEIVER_MESSAGE_LENGTH);
    if (!isPointer(error.pointer) || message === '') continue;
    found.push({ pointer: error.pointer, message });
  }
  return found;
}
