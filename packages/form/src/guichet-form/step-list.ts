import type { Catalogue, StepListItem } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The list of steps: the ones behind are links to go back, the current one is marked with
 * `aria-current="step"`, the ones ahead are plain text. Each says its status in words too.
 */
export function renderStepList(items: readonly StepListItem[], messages: Catalogue, goTo: (index: number) => void): TemplateResult | typeof nothing {
  if (items.length < 2) return nothing;
  const status = messages.form.stepStatus;
  return html`<nav part="steps" class="steps" aria-label=${messages.form.stepsLabel()}>
    <ol class="steps-list">
      ${items.map(
        (item) => html`<li class="steps-item steps-item--${item.status}" aria-current=${item.status === 'current' ? 'step' : nothing}>
          <span class="steps-number" aria-hidden="true">${item.number}</span>
          ${item.reachable
            ? html`<a
                class="steps-link"
                href="#${item.id}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  goTo(item.index);
                }}
                >${item.title}</a
              >`
            : html`<span class="steps-title">${item.title}</span>`}
          <span class="visually-hidden">${status[item.status]()}</span>
        </li>`,
      )}
    </ol>
  </nav>`;
}
