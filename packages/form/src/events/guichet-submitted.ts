/** Detail of `guichet-submitted`: the receiver's answer. */
export interface GuichetSubmittedDetail {
  /** The receipt reference the receiver returned, if any. */
  reference?: string;
  /** The HTTP status of the receiver's answer. */
  status: number;
}

/** Fired after the receiver accepted the answers. */
export type GuichetSubmittedEvent = CustomEvent<GuichetSubmittedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-submitted': GuichetSubmittedEvent;
  }
}
