import type { ConsentProof } from '@guichet/core';

/** Detail of `guichet-submit`: what will be sent (core's submission envelope). */
export interface GuichetSubmitDetail {
  /** Id and version of the procedure. */
  procedure: { id: string; version: string };
  /** How long the receiver keeps the answers (the procedure's `privacy.retention.duration`), when it says. */
  retention?: { duration: string };
  /** The proof of each consent choice, ticked or not: purpose, granted, when, the notice's hash and version. */
  consents: ConsentProof[];
  /** The answers to send: only those of the questions shown (data minimisation). */
  data: unknown;
}

/** Fired before sending valid answers. Cancel it (`preventDefault()`) to send them yourself. */
export type GuichetSubmitEvent = CustomEvent<GuichetSubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-submit': GuichetSubmitEvent;
  }
}
