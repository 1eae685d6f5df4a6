import { builtinTesters, WidgetRegistry, type FieldView, type Tester } from '@guichet/core';
import type { TemplateResult } from 'lit';
import { renderCheckbox, renderCheckboxes, renderRadios, renderSelect } from './choice.widget.js';
import { renderAddress } from './address/address.widget.js';
import { renderAlternatives } from './alternatives.widget.js';
import { renderCombobox } from './combobox/combobox.widget.js';
import { renderContent, renderFallback, renderGroup, renderReadonly } from './structure.widget.js';
import { renderFile } from './file.widget.js';
import { renderMemorableDate } from './memorable-date.widget.js';
import { renderRepeater } from './repeater.widget.js';
import { renderText } from './text.widget.js';
import { renderTextarea } from './textarea.widget.js';
import type { Widget, WidgetHost } from './widget.js';

type Render = (field: FieldView, host: WidgetHost) => TemplateResult;

/** The templates of core's built-in widgets, by name. */
const builtinRenders: Record<string, Render> = {
  text: renderText,
  email: renderText,
  url: renderText,
  tel: renderText,
  identifier: renderText,
  date: renderText,
  'memorable-date': renderMemorableDate,
  datetime: renderText,
  time: renderText,
  number: renderText,
  textarea: renderTextarea,
  checkbox: renderCheckbox,
  'yes-no': renderRadios,
  radios: renderRadios,
  select: renderSelect,
  combobox: renderCombobox,
  checkboxes: renderCheckboxes,
  group: renderGroup,
  address: renderAddress,
  repeater: renderRepeater,
  list: renderRepeater,
  file: renderFile,
  readonly: renderReadonly,
  content: renderContent,
  alternatives: renderAlternatives,
};

const registry = new WidgetRegistry<Render>();
for (const [name, tester] of builtinTesters) registry.register(name, tester, builtinRenders[name] ?? renderFallback);
/** Whether an agency registered a widget: until then, core's choice (`field.widget`) is the form's. */
let agencyWidgets = false;

/**
 * Adds a widget for every `<guichet-form>` of the page: the highest-ranking tester wins, and
 * a widget registered later wins a tie, so an agency's widget can replace a built-in one.
 * @example registerWidget({ name: 'stars', tester: rankWith(20, widgetIs('stars')), render: (field, host) => html`…` })
 */
export function registerWidget(widget: Widget): void {
  registry.register(widget.name, widget.tester, widget.render);
  agencyWidgets = true;
}

/** The template of the widget that ranks highest for a field, or the explained fallback. */
export function widgetFor(field: FieldView, presentation: Parameters<Tester>[0]['presentation']): Render {
  if (field.fallback) return renderFallback;
  // Core ranked the same built-in testers for the field's view: no need to rank them twice.
  if (!agencyWidgets) return builtinRenders[field.widget] ?? renderFallback;
  const context = { schema: field.schema, type: field.type, presentation, pointer: field.pointer };
  return registry.select(context)?.render ?? renderFallback;
}
