// The procedure checker of the demo site: loads the text with @guichet/core in the browser
// and lists every problem, or the steps and fields it derives. Text only, never HTML.
import { createFormState, currentStep, goToStep, loadProcedure, ProcedureError } from '/core/guichet-core.bundle.js';

const $ = (id) => document.getElementById(id);
const texts = {
  fr: { ok: 'La procédure est valide', refused: (n) => `${n} problème${n > 1 ? 's' : ''} à corriger`, warning: 'Avertissement', required: 'obligatoire' },
  en: { ok: 'The procedure is valid', refused: (n) => `${n} problem${n > 1 ? 's' : ''} to fix`, warning: 'Warning', required: 'required' },
};

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function problemItem(problem, lang, t) {
  const item = element('li', undefined, problem.severity === 'warning' ? 'problem warning' : 'problem');
  if (problem.severity === 'warning') item.append(element('strong', `${t.warning} : `));
  item.append(element('code', problem.pointer || '/'), ' ', problem.message[lang]);
  return item;
}

function fieldItems(fields, t) {
  const list = element('ul');
  for (const field of fields) {
    if (field.kind !== 'field') continue;
    const item = element('li', `${field.label} — ${field.widget}${field.required ? ` (${t.required})` : ''} `);
    item.append(element('code', field.pointer));
    if (field.children?.length) item.append(fieldItems(field.children, t));
    list.append(item);
  }
  return list;
}

function show(title, content) {
  $('result').hidden = false;
  $('result-title').textContent = title;
  $('result-body').replaceChildren(...content);
  $('result-title').focus();
}

function check(event) {
  event.preventDefault();
  const lang = $('lang').value;
  const t = texts[lang];
  try {
    const procedure = loadProcedure($('source').value);
    const content = [];
    if (procedure.warnings.length) content.push(element('ul'));
    procedure.warnings.forEach((w) => content[0].append(problemItem(w, lang, t)));
    let state = createFormState(procedure, { locale: lang });
    procedure.steps.forEach((_, index) => {
      state = goToStep(state, index);
      const step = currentStep(state);
      content.push(element('h3', `${step.position} — ${step.title}`), fieldItems(step.items, t));
    });
    show(t.ok, content);
  } catch (error) {
    if (!(error instanceof ProcedureError)) throw error;
    const list = element('ul');
    error.problems.forEach((p) => list.append(problemItem(p, lang, t)));
    show(t.refused(error.problems.length), [list]);
  }
}

async function loadExample() {
  const url = $('example').value;
  if (!url) return;
  const response = await fetch(url);
  $('source').value = await response.text();
}

$('checker').addEventListener('submit', check);
$('example').addEventListener('change', loadExample);
