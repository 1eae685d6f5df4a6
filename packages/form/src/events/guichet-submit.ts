/** Detail of `guichet-submit`: what will be sent. */
export interface GuichetSubmitDetail {
  /** Id and version of the procedure. */
  procedure: { id: string; version: string };
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
