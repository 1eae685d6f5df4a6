import type { Problem } from '@guichet/core';

/** Detail of `guichet-error`: why the form cannot be shown or sent. */
export interface GuichetErrorDetail {
  /** `procedure`: the definition is refused; `load`: it could not be fetched; `submit`: sending failed. */
  kind: 'procedure' | 'load' | 'submit';
  /** The problems of a refused procedure, with pointers and messages in French and English. */
  problems: readonly Problem[];
  /** A technical description (network error, HTTP status). */
  message: string;
}

/** Fired when the procedure cannot be loaded or shown, or the answers cannot be sent. */
export type GuichetErrorEvent = CustomEvent<GuichetErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-error': GuichetErrorEvent;
  }
}
