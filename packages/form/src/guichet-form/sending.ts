import { submissionIdentity, type Catalogue, type SendResult, type SendStatus, type SubmissionIdentity } from '@guichet/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { sendSubmission, type Sending } from './send.js';

/** Why the last submission did not leave: every automatic attempt failed, or the receiver refused it (its status). */
type Failure = { retryable: true } | { retryable: false; status: number };

/**
 * Sends a form's submissions and keeps what the person is told about them: the attempt under
 * way, the pause before the next one, the wait for the connection, the failure. The same body
 * sent again (a retry after a failure) keeps its `Idempotency-Key`, so the receiver counts it once.
 */
export class SendingController {
  /** What the person is told while it is under way. */
  status: SendStatus | undefined;
  failure: Failure | undefined;
  #identity: SubmissionIdentity | undefined;
  #current: Sending | undefined;

  /** `host` is rendered again at each change. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** True while a submission is under way. */
  get busy(): boolean {
    return this.#current !== undefined;
  }

  /**
   * Sends the submission to the endpoint until the receiver answers for good, or the automatic
   * attempts are spent: `json` is the envelope (what identifies it), `body` what is sent when it
   * is not that JSON (the multipart form data of a procedure with files).
   */
  async send(endpoint: string, json: string, body: string | FormData = json): Promise<SendResult> {
    this.#identity = submissionIdentity(this.#identity, json);
    this.failure = undefined;
    const current = sendSubmission(endpoint, body, this.#identity.key, (status) => {
      this.status = status;
      this.host.requestUpdate();
    });
    this.#current = current;
    this.host.requestUpdate();
    try {
      const result = await current.result;
      if (result.kind === 'failed') this.failure = result.retryable || result.status === undefined ? { retryable: true } : { retryable: false, status: result.status };
      // Accepted: a new submission of the same answers is a new dossier.
      if (result.kind === 'accepted') this.#identity = undefined;
      return result;
    } finally {
      this.#current = undefined;
      this.status = undefined;
      this.host.requestUpdate();
    }
  }

  /** Forgets a failure (the form starts again). */
  reset(): void {
    this.failure = undefined;
    this.#identity = undefined;
  }

  /**
   * The status line (a polite live region, always there so that screen readers follow it), the
   * "try again now" button during a pause, and the failure (an alert).
   */
  render(m: Catalogue): TemplateResult {
    const status = this.status;
    const text =
      status?.kind === 'waiting'
        ? m.form.retrying({ seconds: Math.max(1, Math.ceil(status.delay / 1000)) })
        : status?.kind === 'offline'
          ? m.form.offline()
          : '';
    return html`<p class="send-status" role="status">${text}</p>
      ${status?.kind === 'waiting'
        ? html`<button type="button" part="nav-button" class="button button--secondary retry-now" @click=${() => this.#current?.retryNow()}>
            ${m.form.retryNow()}
          </button>`
        : nothing}
      ${this.failure
        ? html`<p class="send-failed" role="alert">
            ${this.failure.retryable ? m.form.sendFailed() : m.form.sendRefused({ status: this.failure.status })}
          </p>`
        : nothing}`;
  }
}
