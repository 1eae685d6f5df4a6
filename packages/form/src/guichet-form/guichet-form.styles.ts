import { css } from 'lit';

/**
 * The neutral default theme. Public `--guichet-*` properties are read once on `:host` into
 * private ones; the rules read only the private ones. Colours meet WCAG AA on white. Sizes
 * are in em, from the text size the page gives the form, never in rem: many CMS themes set
 * `html { font-size: 62.5% }`, which would shrink rem-sized inputs and buttons to 10px units.
 */
export const formStyles = css`
  :host {
    --_primary: var(--guichet-color-primary, #1f4e9c);
    --_text: var(--guichet-color-text, #1a1a1a);
    --_muted: var(--guichet-color-muted, #4a4a4a);
    --_error: var(--guichet-color-error, #b00020);
    --_focus: var(--guichet-color-focus, #ffbf47);
    --_background: var(--guichet-color-background, #ffffff);
    --_font: var(--guichet-font-family, inherit);
    --_radius: var(--guichet-radius, 4px);
    --_space: var(--guichet-spacing, 1em);
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    max-width: 42em;
  }
  .title {
    font-size: 1.75em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  /* The list of steps: a numbered row that wraps on a phone; the current step underlined in the primary colour. */
  .steps-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 4) var(--_space);
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    font-size: 0.9375em;
  }
  .steps-item {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_muted);
    padding-bottom: 0.2em;
    border-bottom: 3px solid transparent;
  }
  .steps-item--current {
    color: var(--_text);
    font-weight: 700;
    border-bottom-color: var(--_primary);
  }
  .steps-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1;
  }
  .steps-item--done .steps-number {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_background);
  }
  .steps-link {
    color: var(--_primary);
  }
  /* The questions of the alternative picked, under its radios (GOV.UK's conditional reveal). */
  .alternative-fields {
    border-left: 4px solid var(--_muted);
    padding-left: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }
  .position {
    color: var(--_muted);
    margin: 0;
  }
  .step-heading {
    font-size: 1.4em;
    margin: 0 0 var(--_space);
  }
  .required-note,
  .hint {
    color: var(--_muted);
  }
  .field,
  .fieldset {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .field--error {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }
  .fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .label,
  .legend {
    display: block;
    font-weight: 700;
  }
  .legend {
    padding: 0;
    margin-bottom: calc(var(--_space) / 4);
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    margin: 0 0 calc(var(--_space) / 4);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 4);
  }
  .input {
    display: block;
    width: 100%;
    max-width: 30em;
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-height: 2.5em;
  }
  /* Inputs sized to their answer (GOV.UK): the width hints at what to type; 1ch per character plus padding and border. */
  .input--width-2 { max-width: calc(2ch + 1.25em); }
  .input--width-3 { max-width: calc(3ch + 1.25em); }
  .input--width-4 { max-width: calc(4ch + 1.25em); }
  .input--width-5 { max-width: calc(5ch + 1.25em); }
  .input--width-10 { max-width: calc(10ch + 1.25em); }
  .input--width-20 { max-width: calc(20ch + 1.25em); }
  .input--width-30 { max-width: calc(30ch + 1.25em); }
  .field--error .input {
    border-color: var(--_error);
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .date-label {
    display: block;
  }
  .date-input--2 {
    width: 3.5em;
  }
  .date-input--4 {
    width: 5em;
  }
  .textarea {
    max-width: 100%;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0 0.5em;
    margin: 0.25em 0;
  }
  .choice-input {
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .choice .hint,
  .choice .error-message {
    grid-column: 2;
  }
  .choice > .error-message {
    grid-column: 1 / -1;
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .error-summary-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.2em;
  }
  .error-summary-list {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .button {
    font: inherit;
    font-weight: 700;
    color: #fff;
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.5em 1.25em;
    min-height: 2.75em;
    cursor: pointer;
  }
  .button--secondary {
    color: var(--_primary);
    background: var(--_background);
  }
  .button--small {
    padding: 0.25em 0.75em;
    min-height: 2.25em;
  }
  .button--danger {
    background: var(--_error);
    border-color: var(--_error);
  }
  .repeater-item {
    border-left: 4px solid var(--_muted);
    padding-left: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .confirm-question {
    flex-basis: 100%;
    margin: 0;
    font-weight: 700;
  }
  .review {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  /* The privacy notice: its short text, then the full mentions behind a disclosure. */
  .privacy {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .privacy-summary {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .privacy-title {
    color: var(--_primary);
    cursor: pointer;
    text-decoration: underline;
  }
  .privacy-details[open] {
    border-left: 4px solid var(--_muted);
    padding-left: calc(var(--_space) * 0.75);
  }
  .privacy-heading {
    font-size: 1em;
    margin: var(--_space) 0 calc(var(--_space) / 4);
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: calc(var(--_space) / 2);
    border-bottom: 1px solid #b1b4b6;
    padding: calc(var(--_space) / 2) 0;
  }
  .review-label {
    font-weight: 700;
  }
  .review-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .review-action a {
    color: var(--_primary);
  }
  @media (max-width: 30rem) {
    .review-row {
      grid-template-columns: 1fr auto;
    }
    .review-label {
      grid-column: 1 / -1;
    }
  }
  .combobox {
    display: block;
    position: relative;
    max-width: 30em;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 15em;
    overflow-y: auto;
    border: 2px solid var(--_text);
    border-top: 0;
    background: var(--_background);
  }
  .listbox-option {
    padding: 0.4em 0.5em;
    cursor: pointer;
  }
  .listbox-option--active,
  .listbox-option:hover {
    background: var(--_primary);
    color: #fff;
  }
  .files {
    list-style: none;
    padding: 0;
    margin: calc(var(--_space) / 2) 0 0;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0.25em 0;
  }
  .file-name {
    overflow-wrap: anywhere;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  :focus-visible,
  .error-summary:focus,
  .step-heading:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .step-heading:focus:not(:focus-visible),
  .confirmation:focus:not(:focus-visible) {
    box-shadow: none;
    outline: none;
  }
  .fallback,
  .problems {
    border-left: 4px solid var(--_muted);
    padding: calc(var(--_space) / 2) var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
    background: #f3f3f3;
  }
  .problems {
    border-left-color: var(--_error);
  }
  .fallback-title,
  .content-title {
    font-weight: 700;
  }
  code {
    overflow-wrap: anywhere;
  }
  .confirmation {
    border: 4px solid #00703c;
    padding: var(--_space);
  }
  /* The status line stays in the page, empty, so that screen readers follow it: it takes no room. */
  .send-status:empty {
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
    }
  }
`;
