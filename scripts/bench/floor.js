// The floor: a small hand-written vanilla-DOM form for the same schema (labels, hints, inputs,
// radios, a checkbox, and a hand loop for the required checks), what a careful developer would
// write for one procedure without a library.

function field(container, name, schema, required) {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const id = `f-${name}`;
  if (schema.enum) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = schema.title;
    fieldset.append(legend);
    schema.enum.forEach((value, i) => {
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = value;
      input.id = i === 0 ? id : `${id}-${i}`;
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = value;
      fieldset.append(input, label);
    });
    wrapper.append(fieldset);
  } else {
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = schema.title;
    const input = document.createElement('input');
    input.id = id;
    input.name = name;
    input.type = schema.type === 'boolean' ? 'checkbox' : schema.format === 'date' ? 'date' : schema.format === 'email' ? 'email' : 'text';
    if (schema.type === 'integer') input.inputMode = 'numeric';
    wrapper.append(label);
    if (schema.description) {
      const hint = document.createElement('div');
      hint.id = `${id}-hint`;
      hint.textContent = schema.description;
      input.setAttribute('aria-describedby', hint.id);
      wrapper.append(hint);
    }
    wrapper.append(input);
  }
  if (required) wrapper.dataset.required = '';
  container.append(wrapper);
}

/** Renders the form into `container`; resolves when every input is in the DOM. */
export function renderFloor(container, schema) {
  const form = document.createElement('form');
  form.noValidate = true;
  const required = new Set(schema.required);
  for (const [name, property] of Object.entries(schema.properties)) field(form, name, property, required.has(name));
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Continuer';
  form.append(button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.querySelectorAll('.error').forEach((e) => e.remove());
    let errors = 0;
    for (const wrapper of form.querySelectorAll('[data-required]')) {
      const inputs = wrapper.querySelectorAll('input');
      const answered = [...inputs].some((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value.trim() !== ''));
      if (answered) continue;
      const message = document.createElement('p');
      message.className = 'error';
      message.id = `${inputs[0].id}-error`;
      message.textContent = `Renseignez le champ « ${wrapper.querySelector('label, legend').textContent} »`;
      wrapper.prepend(message);
      inputs.forEach((i) => i.setAttribute('aria-invalid', 'true'));
      errors += 1;
    }
    form.dispatchEvent(new CustomEvent('floor-invalid', { detail: errors }));
  });
  container.append(form);
  return form;
}
