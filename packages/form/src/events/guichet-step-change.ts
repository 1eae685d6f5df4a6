/** Detail of `guichet-step-change`. */
export interface GuichetStepChangeDetail {
  /** Id of the step now shown. */
  id: string;
  /** Its index in the procedure's steps. */
  index: number;
  /** Id of the step shown before. */
  previousId: string;
}

/** Fired when the form shows another step after the person's action. */
export type GuichetStepChangeEvent = CustomEvent<GuichetStepChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-step-change': GuichetStepChangeEvent;
  }
}
