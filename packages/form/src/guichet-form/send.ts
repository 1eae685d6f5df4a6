import type { GuichetSubmitDetail } from '../events/guichet-submit.js';
import type { GuichetSubmittedDetail } from '../events/guichet-submitted.js';

/**
 * Sends the answers as JSON to the receiver and reads its receipt reference
 * (`{ reference }` in the answer, when there is one). Throws when the receiver refuses.
 */
export async function sendSubmission(endpoint: string, detail: GuichetSubmitDetail): Promise<GuichetSubmittedDetail> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(detail),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json().catch(() => ({}))) as { reference?: unknown };
  return typeof body.reference === 'string' ? { status: response.status, reference: body.reference } : { status: response.status };
}
