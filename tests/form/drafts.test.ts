// Drafts in <guichet-form>: what a person typed survives a reload, in this tab's session by
// default or on this device when they opt in; never sensitive answers nor files; another
// version's draft is not applied; another tab's newer answers are not overwritten silently.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';
import { control, rootOf, text, typeInto } from './support.js';

function procedure(version = '1') {
  return {
    id: 'signalement-voirie',
    version,
    title: 'Signalement sur la voirie',
    organisation: { name: 'Commune de Saint-Exemple' },
    schema: {
      type: 'object',
      properties: {
        lieu: { type: 'string', title: 'Lieu' },
        sante: { type: 'string', title: 'Avez-vous été blessé ?' },
      },
      required: ['lieu'],
    },
    fields: { '/sante': { personalData: 'sensitive' } },
  };
}

const key = 'guichet:draft:signalement-voirie';
const saved = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500));

async function form(document = procedure(), attributes = ''): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(attributes === 'off' ? html`<guichet-form drafts="off" .procedure=${document}></guichet-form>` : html`<guichet-form .procedure=${document}></guichet-form>`);
  await el.updateComplete;
  return el;
}

const notice = (el: GuichetForm): string => text(rootOf(el).querySelector('[role="status"].draft-notice'));

describe('drafts in <guichet-form>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('should give the answers back after a reload, say so, and be accessible', async () => {
    const first = await form();
    await typeInto(first, '/lieu', '8 rue du Port');
    await typeInto(first, '/sante', 'une entorse');
    await saved();
    first.remove();
    const again = await form();
    expect(control(again, '/lieu').value).to.equal('8 rue du Port');
    expect(control(again, '/sante').value).to.equal('');
    expect(notice(again)).to.contain('Nous avons repris les réponses que vous aviez commencé à saisir');
    expect(notice(again)).to.contain('Les réponses aux questions sur des données sensibles ne sont jamais conservées');
    expect(sessionStorage.getItem(key) ?? '').to.not.contain('entorse');
    await expect(again).to.be.accessible();
  });

  it('should start again with an empty form and no draft', async () => {
    const first = await form();
    await typeInto(first, '/lieu', '8 rue du Port');
    await saved();
    first.remove();
    const again = await form();
    const button = [...rootOf(again).querySelectorAll('button')].find((b) => text(b) === 'Recommencer avec un formulaire vide') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await again.updateComplete;
    expect(control(again, '/lieu').value).to.equal('');
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(notice(again)).to.equal('');
  });

  it('should not apply the draft of another version, and offer to erase it', async () => {
    const first = await form(procedure('1'));
    await typeInto(first, '/lieu', '8 rue du Port');
    await saved();
    first.remove();
    const newer = await form(procedure('2'));
    expect(control(newer, '/lieu').value).to.equal('');
    expect(notice(newer)).to.contain("n'ont pas été reprises");
    [...rootOf(newer).querySelectorAll('button')].find((b) => text(b) === 'Effacer ces anciennes réponses')?.click();
    await newer.updateComplete;
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('should keep the answers on this device only when the person opts in, with the keyboard', async () => {
    const el = await form();
    await typeInto(el, '/lieu', '8 rue du Port');
    await saved();
    expect(localStorage.getItem(key)).to.equal(null);
    const box = rootOf(el).querySelector<HTMLInputElement>('#draft-device') as HTMLInputElement;
    expect(box.checked).to.equal(false);
    expect(text(rootOf(el).getElementById(box.getAttribute('aria-describedby') ?? ''))).to.contain('ordinateur partagé');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(localStorage.getItem(key) ?? '').to.contain('8 rue du Port');
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it("should not overwrite another tab's newer answers silently", async () => {
    const el = await form();
    await typeInto(el, '/lieu', 'Rue A');
    rootOf(el).querySelector<HTMLInputElement>('#draft-device')?.click();
    await saved();
    expect(localStorage.getItem(key)).to.not.equal(null);
    // Another tab saves newer answers.
    const other = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    const newer = JSON.stringify({ ...other, tab: 'autre-onglet', revision: Number(other.revision) + 1, data: { lieu: 'Rue B' } });
    localStorage.setItem(key, newer);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: newer, storageArea: localStorage }));
    await el.updateComplete;
    expect(notice(el)).to.contain('modifiées dans un autre onglet');
    await typeInto(el, '/lieu', ' encore');
    await saved();
    expect((JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: unknown }).data).to.deep.equal({ lieu: 'Rue B' });
    [...rootOf(el).querySelectorAll('button')].find((b) => text(b) === "Reprendre les réponses de l'autre onglet")?.click();
    await el.updateComplete;
    expect(control(el, '/lieu').value).to.equal('Rue B');
    await expect(el).to.be.accessible();
  });

  it('should store nothing when drafts are off (a kiosk)', async () => {
    const el = await form(procedure(), 'off');
    await typeInto(el, '/lieu', '8 rue du Port');
    await saved();
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    expect(rootOf(el).querySelector('#draft-device')).to.equal(null);
  });

  it('should erase the draft once the answers are sent', async () => {
    const real = window.fetch.bind(window);
    window.fetch = () => Promise.resolve(new Response(JSON.stringify({ reference: 'AB12CD34' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    try {
      const el = await form({ ...procedure(), submission: { endpoint: '/api/signalements' } } as ReturnType<typeof procedure>);
      await typeInto(el, '/lieu', '8 rue du Port');
      await saved();
      expect(sessionStorage.getItem(key)).to.not.equal(null);
      expect(await el.submit()).to.equal(true);
      expect(sessionStorage.getItem(key)).to.equal(null);
    } finally {
      window.fetch = real;
    }
  });
});
