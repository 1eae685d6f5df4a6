// The page side of `npm run bench`: renders, validates and types into either <guichet-form>
// or the hand-written floor, and measures with performance.now(). `?impl=guichet|floor`;
// `&load=N` renders N fields as soon as the page loads (the cold page-load figure).
import { flatSchema } from './schema.js';

const impl = new URLSearchParams(location.search).get('impl');
const container = document.getElementById('container');

/** Resolves after the next frame has been produced (rAF, then a task after it). */
function nextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

async function loadImplementation() {
  if (impl === 'guichet') await import('/form/guichet-form.js');
  else if (impl === 'floor') return (await import('./floor.js')).renderFloor;
  else throw new Error(`impl must be guichet or floor, not ${impl}`);
  return undefined;
}

const renderFloor = await loadImplementation();
let form;

/** The root the questions live in (the shadow root for <guichet-form>). */
const root = () => (impl === 'guichet' ? form.shadowRoot : form);

/** How many questions have a control: distinct `name`s of inputs. */
function questionCount() {
  // Named controls only: the form's own (the drafts opt-in) answer no question.
  return new Set([...root().querySelectorAll('input[name], select[name], textarea[name]')].map((i) => i.name)).size;
}

async function mount(n) {
  const schema = flatSchema(n);
  if (impl === 'guichet') {
    form = document.createElement('guichet-form');
    form.setAttribute('lang', 'fr');
    form.schema = schema;
    container.append(form);
    await form.updateComplete;
  } else {
    form = renderFloor(container, schema);
  }
}

window.bench = {
  /** First render of N fields: to every input in the DOM, then to the next frame. */
  async render(n) {
    const start = performance.now();
    await mount(n);
    const inputs = performance.now() - start;
    await nextFrame();
    return { inputs, frame: performance.now() - start, questions: questionCount() };
  },

  /**
   * Resolves after a second, then an idle moment: what a form defers until then (fetching and
   * compiling its validator) is done, as it is before a person has read the questions and
   * pressed Continue.
   */
  async idle() {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }));
    await nextFrame();
  },

  /** Submit with empty data: time until every error message is shown, to the next frame. */
  async validate() {
    const button = root().querySelector('button[type="submit"]');
    const refused = new Promise((resolve) => form.addEventListener(impl === 'guichet' ? 'guichet-invalid' : 'floor-invalid', resolve, { once: true }));
    const start = performance.now();
    button.click();
    await refused;
    if (impl === 'guichet') await form.updateComplete;
    await nextFrame();
    const time = performance.now() - start;
    const selector = impl === 'guichet' ? '.field .error-message' : '.error';
    return { time, errors: root().querySelectorAll(selector).length };
  },

  /** Prepares typing into the first field: each keydown's time to the next frame is recorded. */
  startTyping() {
    const input = root().querySelector('input[name="/q0"], input[name="q0"]');
    const latencies = [];
    input.addEventListener('keydown', (event) => {
      // The characters typed, not the Tab that leaves the field afterwards.
      if (event.key.length !== 1) return;
      const start = performance.now();
      void nextFrame().then(() => latencies.push(performance.now() - start));
    }, { capture: true });
    input.focus();
    window.bench.latencies = latencies;
    return document.activeElement === form || document.activeElement === input;
  },

  /** The answer of the first field, as the form holds it. */
  firstAnswer() {
    return impl === 'guichet' ? form.data.q0 : root().querySelector('[name="q0"]').value;
  },
};

const load = Number(new URLSearchParams(location.search).get('load'));
if (load > 0) {
  await mount(load);
  await nextFrame();
  window.bench.loaded = { time: performance.now(), questions: questionCount() };
}
