const focusable = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * Moves the focus to an element. One that cannot take focus by itself (a heading, the error
 * summary, a fieldset) gets `tabindex="-1"` for the move, removed when it loses the focus, so
 * that it never becomes a stop in the Tab order and a click on it does not draw a ring
 * (GOV.UK's pattern).
 */
export function moveFocus(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.matches(focusable)) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => { element.removeAttribute('tabindex'); }, { once: true });
  }
  element.focus();
}
