import type { Catalogue } from '@guichet/core';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** The person's choice to keep their answers on this device, with the warning about shared computers. */
export function renderKeepOnDevice(on: boolean, hours: number, messages: Catalogue, choose: (on: boolean) => void): TemplateResult {
  return html`<div class="choice draft-device">
    <input
      class="choice-input"
      type="checkbox"
      id="draft-device"
      .checked=${live(on)}
      aria-describedby="draft-device-hint"
      @change=${(event: Event) => {
        choose((event.target as HTMLInputElement).checked);
      }}
    />
    <label class="choice-label" for="draft-device">${messages.form.keepOnDevice()}</label>
    <p class="hint" id="draft-device-hint">${messages.form.keepOnDeviceHint({ hours })}</p>
  </div>`;
}
