/** Detail of `guichet-change`: the person changed an answer. */
export interface GuichetChangeDetail {
  /** JSON pointer of the answer. */
  pointer: string;
  /** The new value (undefined when the answer was removed). */
  value: unknown;
  /** Every answer, as typed. */
  data: Record<string, unknown>;
}

/** Fired when the person changes an answer (never when a property is set by script). */
export type GuichetChangeEvent = CustomEvent<GuichetChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-change': GuichetChangeEvent;
  }
}
