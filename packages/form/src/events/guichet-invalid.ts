import type { FieldError } from '@guichet/core';

/** Detail of `guichet-invalid`: the errors now shown. */
export interface GuichetInvalidDetail {
  errors: FieldError[];
}

/** Fired when a step or a submission is refused because of errors. */
export type GuichetInvalidEvent = CustomEvent<GuichetInvalidDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-invalid': GuichetInvalidEvent;
  }
}
