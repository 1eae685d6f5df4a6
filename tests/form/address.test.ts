import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import { banAddressSearch, type AddressSearch, type AddressSuggestion, type GuichetChangeEvent, type GuichetForm } from '../../packages/form/src/index.js';
import { accessibleName, control, description, fixtureJson, focused, harness, rootOf, text, until } from './support.js';

const stepOne = { typeActe: 'copie-integrale', nom: 'Martin', prenoms: 'Claire', dateNaissance: '1980-05-17' };
const amiens: AddressSuggestion = { label: '8 Boulevard du Port 80000 Amiens', line1: '8 Boulevard du Port', postalCode: '80000', city: 'Amiens' };
const nantes: AddressSuggestion = { label: '8 Rue du Port 44000 Nantes', line1: '8 Rue du Port', postalCode: '44000', city: 'Nantes' };

/** A search service that answers from a list and records each query and its signal. */
function fakeSearch(answer: (query: string, signal: AbortSignal) => Promise<AddressSuggestion[]> = () => Promise.resolve([amiens, nantes])) {
  const calls: Array<{ query: string; signal: AbortSignal }> = [];
  const service: AddressSearch = {
    search(query, signal) {
      calls.push({ query, signal });
      return answer(query, signal);
    },
  };
  return { service, calls };
}

let procedure: Record<string, unknown>;

/** The form on its address step ("Où l'envoyer"), with a search service or none. */
async function form(search?: AddressSearch, lang = 'fr', address?: Record<string, unknown>): Promise<GuichetForm> {
  procedure ??= await fixtureJson('/tests/fixtures/procedure-adresse.json');
  const data = address ? { ...stepOne, adresse: address } : stepOne;
  const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .procedure=${procedure} .data=${data} .addressSearch=${search}></guichet-form>`);
  await el.updateComplete;
  expect(await el.next()).to.equal(true);
  await el.updateComplete;
  return el;
}

const searchInput = (el: GuichetForm): HTMLInputElement | null => rootOf(el).querySelector<HTMLInputElement>('#g-adresse-search');
const options = (el: GuichetForm): string[] => [...rootOf(el).querySelectorAll('#g-adresse-search-listbox [role="option"]')].map((o) => text(o));
const status = (el: GuichetForm): string => text(rootOf(el).querySelector('#g-adresse-search-status'));
const announcement = (el: GuichetForm): string => text(rootOf(el).querySelector('.form > [aria-live="polite"]'));
const expanded = (el: GuichetForm): string | null => searchInput(el)?.getAttribute('aria-expanded') ?? null;

/** Types in the search box and waits for the list (or a message) to come back. */
async function search(el: GuichetForm, keys: string): Promise<void> {
  const input = searchInput(el);
  if (!input) throw new Error('no search input');
  input.focus();
  await sendKeys({ type: keys });
  await until(() => status(el) !== '' && status(el) !== 'Recherche en cours…' && status(el) !== 'Searching…');
  await el.updateComplete;
}

describe('<guichet-form> postal address', () => {
  it('should be accessible empty, filled and in error, with and without a search service', async () => {
    const plain = await form();
    await expect(plain).to.be.accessible();
    plain.validate();
    await plain.updateComplete;
    await expect(plain).to.be.accessible();
    const filled = await form(undefined, 'fr', { numeroEtVoie: '8 Boulevard du Port', codePostal: '80000', commune: 'Amiens' });
    await expect(filled).to.be.accessible();

    const el = await form(fakeSearch().service);
    await expect(el).to.be.accessible();
    await search(el, '8 port');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.validate();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const failing = await form(fakeSearch(() => Promise.reject(new Error('down'))).service);
    await search(failing, 'amiens');
    await expect(failing).to.be.accessible();
  });

  it('should group the parts under the question, each with its label and autocomplete token', async () => {
    const el = await form();
    const group = rootOf(el).querySelector('[data-pointer="/adresse"] > fieldset') as HTMLFieldSetElement;
    expect(accessibleName(group)).to.equal("Adresse d'envoi");
    expect(description(group)).to.equal("L'acte vous sera envoyé à cette adresse.");
    const parts = ['/adresse/numeroEtVoie', '/adresse/complement', '/adresse/codePostal', '/adresse/commune', '/adresse/pays'].map((p) => control(el, p));
    expect(parts.map((input) => [accessibleName(input), input.autocomplete])).to.deep.equal([
      ['Numéro et voie', 'address-line1'],
      ["Complément d'adresse (facultatif)", 'address-line2'],
      ['Code postal', 'postal-code'],
      ['Commune', 'address-level2'],
      ['Pays (facultatif)', 'country-name'],
    ]);
    expect(parts.every((input) => group.contains(input))).to.equal(true);
    expect(description(control(el, '/adresse/complement'))).to.equal('Bâtiment, étage, lieu-dit…');
  });

  it('should size the parts by their content and reflow at 320 px without scrolling sideways', async () => {
    await setViewport({ width: 1024, height: 800 });
    const el = await form(fakeSearch().service);
    const width = (pointer: string): number => control(el, pointer).getBoundingClientRect().width;
    const top = (pointer: string): number => control(el, pointer).getBoundingClientRect().top;
    try {
      expect(width('/adresse/codePostal')).to.be.below(width('/adresse/commune'));
      expect(width('/adresse/codePostal')).to.be.below(width('/adresse/numeroEtVoie') / 2);
      expect(top('/adresse/codePostal')).to.equal(top('/adresse/commune'), 'the postcode beside the town on a wide screen');
      await setViewport({ width: 320, height: 640 });
      await el.updateComplete;
      expect(top('/adresse/commune')).to.be.above(top('/adresse/codePostal'), 'the town below the postcode at 320 px');
      const root = document.documentElement;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      for (const input of rootOf(el).querySelectorAll('input')) expect(input.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('should show no search box and send nothing without a search service', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const el = await form();
      expect(searchInput(el)).to.equal(null);
      expect(rootOf(el).querySelector('[role="combobox"], guichet-address-search')).to.equal(null);
      const h = harness(el);
      await h.fill('/adresse/numeroEtVoie', '8 Boulevard du Port');
      await h.fill('/adresse/codePostal', '80000');
      await h.fill('/adresse/commune', 'Amiens');
      expect(el.data.adresse).to.deep.equal({ numeroEtVoie: '8 Boulevard du Port', codePostal: '80000', commune: 'Amiens' });
      expect(requests).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('should be a labelled combobox above the parts with a search service', async () => {
    const el = await form(fakeSearch().service);
    const input = searchInput(el) as HTMLInputElement;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(accessibleName(input)).to.equal('Rechercher une adresse');
    expect(description(input)).to.match(/^Saisissez au moins 3 caractères/);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(rootOf(el).getElementById(input.getAttribute('aria-controls') ?? '')?.getAttribute('role')).to.equal('listbox');
    expect(input.compareDocumentPosition(control(el, '/adresse/numeroEtVoie')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('should fill the parts from the keyboard: type, ArrowDown, Enter, then check them', async () => {
    const { service, calls } = fakeSearch();
    const el = await form(service);
    const changes: Array<[string, unknown]> = [];
    el.addEventListener('guichet-change', (event: GuichetChangeEvent) => changes.push([event.detail.pointer, event.detail.value]));
    await search(el, '8 bd du port');
    expect(calls.map((c) => c.query)).to.deep.equal(['8 bd du port'], 'one request once typing pauses');
    expect(options(el)).to.deep.equal([amiens.label, nantes.label]);
    expect(expanded(el)).to.equal('true');
    expect(status(el)).to.equal('2 adresses trouvées');
    expect(rootOf(el).querySelector('#g-adresse-search-status')?.getAttribute('aria-live')).to.equal('polite');

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = searchInput(el)?.getAttribute('aria-activedescendant') ?? '';
    expect(text(rootOf(el).getElementById(active))).to.equal(amiens.label);
    expect(rootOf(el).getElementById(active)?.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => focused(el)?.id === 'g-adresse-numeroEtVoie');

    expect(changes).to.deep.equal([
      ['/adresse/numeroEtVoie', '8 Boulevard du Port'],
      ['/adresse/codePostal', '80000'],
      ['/adresse/commune', 'Amiens'],
    ]);
    expect(el.data.adresse).to.deep.equal({ numeroEtVoie: '8 Boulevard du Port', codePostal: '80000', commune: 'Amiens' });
    expect(control(el, '/adresse/codePostal').value).to.equal('80000');
    expect(announcement(el)).to.equal('Adresse remplie : 8 Boulevard du Port 80000 Amiens. Vérifiez les champs ci-dessous.');
    expect(expanded(el)).to.equal('false');
    expect(el.validate()).to.deep.equal([]);
  });

  it('should keep the parts editable after a choice, and not send the step with Enter in the search box', async () => {
    const el = await form(fakeSearch().service);
    let stepChanges = 0;
    el.addEventListener('guichet-step-change', () => stepChanges++);
    await search(el, 'port');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepChanges).to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'g-adresse-numeroEtVoie');
    expect(el.data.adresse).to.deep.equal({ numeroEtVoie: '8 Rue du Port', codePostal: '44000', commune: 'Nantes' });
    await harness(el).fill('/adresse/numeroEtVoie', '10 Rue du Port');
    expect(el.data.adresse).to.deep.equal({ numeroEtVoie: '10 Rue du Port', codePostal: '44000', commune: 'Nantes' });
  });

  it('should close the list with Escape, then clear the search with a second Escape', async () => {
    const el = await form(fakeSearch().service);
    await search(el, 'port');
    expect(expanded(el)).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(searchInput(el)?.value).to.equal('port');
    expect(el.data.adresse).to.equal(undefined);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(searchInput(el)?.value).to.equal('');
    expect(status(el)).to.equal('');
  });

  it('should not search under 3 characters, and abort the previous request when the person types on', async () => {
    const { service, calls } = fakeSearch((_query, signal) => new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => { reject(new DOMException('aborted', 'AbortError')); });
    }));
    const el = await form(service);
    searchInput(el)?.focus();
    await sendKeys({ type: 'am' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(calls).to.deep.equal([]);
    await sendKeys({ type: 'i' });
    await until(() => calls.length === 1);
    expect(status(el)).to.equal('Recherche en cours…');
    await sendKeys({ type: 'ens' });
    await until(() => calls.length === 2);
    expect(calls.map((c) => [c.query, c.signal.aborted])).to.deep.equal([['ami', true], ['amiens', false]]);
  });

  it('should say the service failed, and leave the parts to be filled by hand', async () => {
    const el = await form(fakeSearch(() => Promise.reject(new TypeError('Failed to fetch'))).service);
    await search(el, 'amiens');
    expect(status(el)).to.equal("Le service de recherche d'adresse ne répond pas : saisissez l'adresse dans les champs ci-dessous.");
    expect(expanded(el)).to.equal('false');
    const h = harness(el);
    await h.fill('/adresse/numeroEtVoie', '8 Boulevard du Port');
    await h.fill('/adresse/codePostal', '80000');
    await h.fill('/adresse/commune', 'Amiens');
    expect(el.data.adresse).to.deep.equal({ numeroEtVoie: '8 Boulevard du Port', codePostal: '80000', commune: 'Amiens' });
    expect(el.validate()).to.deep.equal([]);
  });

  it('should treat a malformed answer as a failure, and say when nothing is found, in English', async () => {
    const broken = await form({ search: () => Promise.resolve({ features: [] } as unknown as AddressSuggestion[]) }, 'en');
    await search(broken, 'amiens');
    expect(status(broken)).to.equal('The address search service is not responding: enter the address in the fields below.');
    const empty = await form(fakeSearch(() => Promise.resolve([])).service, 'en');
    await search(empty, 'zzz');
    expect(status(empty)).to.equal('No address found: check what you typed, or fill in the fields below.');
    expect(accessibleName(searchInput(empty) as HTMLInputElement)).to.equal('Search for an address');
  });

  it('should show hostile text in a suggestion as text', async () => {
    const hostile = '<img src=x onerror="window.pwned=true"> 1 rue <b>Haute</b>';
    const el = await form(fakeSearch(() => Promise.resolve([{ label: hostile, line1: hostile, postalCode: '45000', city: 'Orléans' }])).service);
    await search(el, 'haute');
    expect(options(el)).to.deep.equal([hostile]);
    expect(rootOf(el).querySelector('#g-adresse-search-listbox img, #g-adresse-search-listbox b')).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'g-adresse-numeroEtVoie');
    expect(control(el, '/adresse/numeroEtVoie').value).to.equal(hostile);
    expect(announcement(el)).to.include(hostile);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(undefined);
  });

  describe('banAddressSearch (Base Adresse Nationale)', () => {
    const endpoint = '/test-ban/search/';

    it('should map the GeoJSON features of a real HTTP answer to suggestions', async () => {
      const found = await banAddressSearch({ endpoint }).search('8 port amiens', new AbortController().signal);
      expect(found).to.deep.equal([amiens]);
      const town = await banAddressSearch({ endpoint }).search('saint-aubin', new AbortController().signal);
      expect(town).to.deep.equal([{ label: 'Saint-Aubin-sur-Loire', postalCode: '71140', city: 'Saint-Aubin-sur-Loire' }]);
    });

    it('should ask for at most `limit` suggestions, and fail on an HTTP error', async () => {
      expect((await banAddressSearch({ endpoint, limit: 2 }).search('port', new AbortController().signal)).map((s) => s.label)).to.deep.equal([
        amiens.label,
        nantes.label,
      ]);
      let failure: unknown;
      try {
        await banAddressSearch({ endpoint: '/test-ban/absent/' }).search('port', new AbortController().signal);
      } catch (error) {
        failure = error;
      }
      expect(String(failure)).to.match(/HTTP 404/);
    });

    it('should fill the form from the service', async () => {
      const el = await form(banAddressSearch({ endpoint }));
      await search(el, 'rue du port lorient');
      expect(options(el)).to.deep.equal(['Rue du Port 56100 Lorient']);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => focused(el)?.id === 'g-adresse-numeroEtVoie');
      expect(el.data.adresse).to.deep.equal({ numeroEtVoie: 'Rue du Port', codePostal: '56100', commune: 'Lorient' });
    });
  });
});
