import { readFileAnswer, type FieldView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, labelledField } from './parts.js';
import type { WidgetHost } from './widget.js';

/** A chosen file as a data URL carrying its name (RJSF's convention): `data:<type>;name=<name>;base64,…`. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.replace(/^data:([^;,]*)/, `data:$1;name=${encodeURIComponent(file.name)}`));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    };
    reader.readAsDataURL(file);
  });
}

/** The file name a data URL carries (core reads it). */
const fileName = (value: string): string => readFileAnswer(value)?.name ?? '';

/**
 * A pièce justificative: a file input (accepted types from the presentation), the files
 * chosen with a button to remove each. Core checks the type and size, here and on the server.
 */
export function renderFile(field: FieldView, host: WidgetHost): TemplateResult {
  const multiple = field.type === 'array' || field.file?.multiple === true;
  const chosen = (Array.isArray(field.value) ? (field.value as unknown[]) : field.value === undefined ? [] : [field.value]).filter(
    (v): v is string => typeof v === 'string',
  );
  const store = (files: string[]): void => {
    host.setValue(field.pointer, files.length === 0 ? undefined : multiple ? files : files[0]);
  };
  return labelledField(
    field,
    host.messages,
    html`<input
        part="input"
        class="file-input"
        type="file"
        id=${field.id}
        name=${field.pointer}
        accept=${ifDefined(field.file?.accept?.join(','))}
        ?multiple=${multiple}
        aria-describedby=${describedBy(field)}
        aria-invalid=${field.error ? 'true' : 'false'}
        ?disabled=${field.readOnly}
        @change=${async (event: Event) => {
          const input = event.target as HTMLInputElement;
          const read = await Promise.all([...(input.files ?? [])].map(readAsDataUrl));
          input.value = '';
          store(multiple ? [...chosen, ...read] : read);
        }}
      />
      ${chosen.length > 0
        ? html`<ul class="files" aria-label=${host.messages.form.chosenFiles()}>
            ${chosen.map(
              (file, index) => html`<li class="file">
                <span class="file-name">${fileName(file)}</span>
                ${field.readOnly
                  ? nothing
                  : html`<button
                      type="button"
                      class="button button--secondary button--small"
                      @click=${() => {
                        store(chosen.filter((_, i) => i !== index));
                        host.announce(host.messages.form.removeFile({ name: fileName(file) }));
                        host.focusLater(field.id);
                      }}
                    >
                      ${host.messages.form.removeFile({ name: fileName(file) })}<span class="visually-hidden"> (${field.label})</span>
                    </button>`}
              </li>`,
            )}
          </ul>`
        : nothing}`,
  );
}
