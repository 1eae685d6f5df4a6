import { catalogueLoaded, loadLocale } from '@guichet/core';
import { css, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

/** Options of `emit`: bubbling and composed unless said otherwise. */
export interface EmitOptions {
  cancelable?: boolean;
  bubbles?: boolean;
  composed?: boolean;
}

/**
 * The base of Guichet's elements: `emit` for events that cross the shadow root, the
 * reactive `lang` and `dir`, and the shared `:host` styles. An element in English waits for
 * the English catalogue (fetched once, by pages in English only) before it first shows, so it
 * never shows French first; if the catalogue cannot be fetched, it shows in French.
 */
export class GuichetElement extends LitElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
      box-sizing: border-box;
    }
    :host([hidden]) {
      display: none !important;
    }
    /* Set, not inherited from :host: a theme's \`* { box-sizing: content-box }\` reaches the host
       element (the page's rules beat :host) and would widen every input past a phone's screen. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
  `;

  /** The language of the element (`fr` or `en`); else the closest `[lang]`, else `fr`. */
  @property({ reflect: true }) override lang = '';

  /** The text direction. */
  @property({ reflect: true }) override dir = '';

  /** The language to speak: own `lang`, else the closest ancestor's, else `<html lang>`, else French. */
  protected get language(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'fr';
  }

  /** The catalogue being fetched, if any. */
  #catalogue: Promise<void> | undefined;
  /** Set when the catalogue could not be fetched: French instead, so the person still gets the form. */
  #frenchInstead = false;

  /** The properties changed while the element waited for its catalogue: Lit forgets them. */
  #held = new Map<PropertyKey, unknown>();

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.#frenchInstead || catalogueLoaded(this.language)) {
      // The update after the wait sees every change since the first one (`changed` is Lit's own map).
      const all = changed as Map<PropertyKey, unknown>;
      for (const [key, value] of this.#held) if (!all.has(key)) all.set(key, value);
      this.#held.clear();
      return super.shouldUpdate(changed);
    }
    for (const [key, value] of changed as Map<PropertyKey, unknown>) if (!this.#held.has(key)) this.#held.set(key, value);
    this.#catalogue ??= loadLocale(this.language)
      .catch(() => {
        this.#frenchInstead = true;
      })
      .finally(() => {
        this.#catalogue = undefined;
        this.requestUpdate();
      });
    return false;
  }

  /** Also waits for the catalogue of the element's language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#catalogue) {
      await this.#catalogue;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Dispatches a `CustomEvent` that bubbles and crosses shadow roots; returns it (see `defaultPrevented`). */
  protected emit<T>(name: string, detail: T, options: EmitOptions = {}): CustomEvent<T> {
    const event = new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
    this.dispatchEvent(event);
    return event;
  }
}
