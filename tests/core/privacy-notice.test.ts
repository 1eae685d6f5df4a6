import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

import {
  durationInWords,
  hashNotice,
  loadProcedure,
  parseDuration,
  privacyNotice,
  rightsFor,
  sha256Hex,
  type NoticeBlock,
  type PrivacyNotice,
} from '../../packages/core/src/index.js';
import { loadMusicSchool, newsletterDocument, newsletterPurpose, privacyBlock } from './privacy-support.js';

/** The text of one section of a notice: its blocks' lines, one per line. */
function sectionText(notice: PrivacyNotice, id: string): string {
  const section = notice.sections.find((s) => s.id === id);
  assert.ok(section, `no section ${id}: ${notice.sections.map((s) => s.id).join(', ')}`);
  const lines = (block: NoticeBlock): string[] =>
    block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : block.lines;
  return section.blocks.flatMap(lines).join('\n');
}

/** The newsletter procedure with one purpose of the given basis. */
function withBasis(legalBasis: string): PrivacyNotice {
  const purpose = { id: 'finalite', description: 'Traiter votre demande.', legalBasis };
  return privacyNotice(loadProcedure(newsletterDocument(privacyBlock([purpose]))), 'fr');
}

describe('privacyNotice', () => {
  const school = loadMusicSchool();
  const fr = privacyNotice(school, 'fr');
  const en = privacyNotice(school, 'en-GB');

  it('should give every mention of Article 13 in order, in French and in English', () => {
    const ids = ['controller', 'dpo', 'purposes', 'recipients', 'retention', 'transfers', 'rights', 'complaint', 'mandatory'];
    assert.deepEqual(fr.sections.map((s) => s.id), ids);
    assert.deepEqual(fr.sections.map((s) => s.heading), [
      'Responsable du traitement',
      'Délégué à la protection des données',
      'Pourquoi vos données sont utilisées',
      'Qui reçoit vos données',
      'Combien de temps elles sont conservées',
      "Transferts hors de l'Union européenne",
      'Vos droits et comment les exercer',
      'Réclamation auprès de la CNIL',
      'Faut-il répondre à toutes les questions ?',
    ]);
    assert.deepEqual(en.sections.map((s) => s.id), ids);
    assert.equal(en.sections[0]?.heading, 'Data controller');
    assert.equal(fr.title, 'Vos données personnelles');
    assert.equal(en.locale, 'en');
    assert.equal(fr.complete, true);
  });

  it('should sum up who, what for and how long beside the submit button', () => {
    assert.equal(
      fr.summary,
      "Responsable du traitement : Commune de Saint-Exemple-sur-Loire, représentée par son maire. Vos réponses servent à : Gérer l'inscription des enfants à l'école de musique et la facturation. Durée de conservation : 3 ans. Vous pouvez accéder à vos données, les faire rectifier et exercer vos autres droits : voir « Vos données personnelles ».",
    );
    assert.match(en.summary, /^Data controller: Commune de Saint-Exemple-sur-Loire, représentée par son maire\. Your answers are used to: Manage the children's enrolment at the music school and invoicing\. Kept for: 3 years\./);
    assert.doesNotMatch(fr.summary, /lettre d'information/, 'an optional purpose has its own checkbox, not a place in the summary');
  });

  it('should give the contacts of the controller, the DPO and the rights, each part on its line', () => {
    assert.equal(
      sectionText(fr, 'controller'),
      'Commune de Saint-Exemple-sur-Loire, représentée par son maire\nCourriel : mairie@saint-exemple.fr\nAdresse : 2 place de la Mairie, 45000 Saint-Exemple-sur-Loire',
    );
    assert.equal(sectionText(fr, 'dpo'), 'Délégué à la protection des données\nCourriel : dpo@saint-exemple.fr');
    assert.match(sectionText(fr, 'rights'), /Pour exercer ces droits, ou pour toute question sur vos données, contactez :\nCourriel : dpo@saint-exemple\.fr\nAdresse : Mairie de Saint-Exemple-sur-Loire/);
    assert.match(sectionText(en, 'controller'), /\nEmail: mairie@saint-exemple\.fr\nAddress: 2 place/);
    const contact = fr.sections[0]?.blocks[0];
    assert.equal(contact?.kind, 'contact');
    assert.equal(contact?.kind === 'contact' ? contact.contact.email : '', 'mairie@saint-exemple.fr', 'a renderer may link the e-mail address');
  });

  it('should state each purpose with its legal basis in plain words and its article', () => {
    assert.equal(
      sectionText(fr, 'purposes'),
      [
        "Gérer l'inscription des enfants à l'école de musique et la facturation. Base légale : exécution d'une mission d'intérêt public (article 6.1.e du RGPD).",
        "Vous envoyer la lettre d'information de l'école de musique. Base légale : votre consentement (article 6.1.a du RGPD). Facultatif : seulement si vous cochez la case correspondante ; vous pouvez retirer votre accord à tout moment.",
      ].join('\n'),
    );
    assert.match(sectionText(en, 'purposes'), /invoicing\. Legal basis: performance of a task carried out in the public interest \(GDPR Article 6\(1\)\(e\)\)\./);
    assert.deepEqual(
      fr.purposes.map((p) => [p.id, p.legalBasis, p.optional]),
      [
        ['inscription', 'public-task', false],
        ['lettre-information', 'consent', true],
      ],
    );
  });

  it('should say each of the six legal bases of Article 6 in plain French', () => {
    const bases: Record<string, RegExp> = {
      'public-task': /Base légale : exécution d'une mission d'intérêt public \(article 6\.1\.e du RGPD\)/,
      'legal-obligation': /Base légale : respect d'une obligation légale \(article 6\.1\.c du RGPD\)/,
      consent: /Base légale : votre consentement \(article 6\.1\.a du RGPD\)/,
      contract: /Base légale : exécution d'un contrat avec vous, ou de mesures prises à votre demande avant sa conclusion \(article 6\.1\.b du RGPD\)/,
      'vital-interest': /Base légale : sauvegarde des intérêts vitaux d'une personne \(article 6\.1\.d du RGPD\)/,
      'legitimate-interest': /Base légale : intérêts légitimes poursuivis par le responsable du traitement \(article 6\.1\.f du RGPD\)/,
    };
    for (const [basis, expected] of Object.entries(bases)) assert.match(sectionText(withBasis(basis), 'purposes'), expected, basis);
  });

  it('should cite the law a purpose rests on, and the Article 9 exception for sensitive data', () => {
    const notice = privacyNotice(
      loadProcedure(
        newsletterDocument(
          privacyBlock(
            [{ id: 'aide', description: 'Instruire votre demande d’aide sociale', legalBasis: 'legal-obligation', legalReference: "Code de l'action sociale et des familles, article L. 123-5" }],
            { specialCategoriesBasis: 'health-social-care' },
          ),
          { '/email': { personalData: 'sensitive' } },
        ),
      ),
      'fr',
    );
    assert.equal(
      sectionText(notice, 'purposes'),
      [
        "Instruire votre demande d’aide sociale. Base légale : respect d'une obligation légale (article 6.1.c du RGPD). Texte applicable : Code de l'action sociale et des familles, article L. 123-5.",
        'Certaines réponses sont des données sensibles (article 9 du RGPD). Leur traitement est permis par : la médecine préventive, les soins ou la prise en charge sanitaire ou sociale (article 9.2.h).',
      ].join('\n'),
    );
  });

  it('should name the recipients, or say that they are not stated', () => {
    assert.equal(sectionText(fr, 'recipients'), 'Vos données sont destinées à :\nLe service culture de la commune\nLe Trésor public, pour la facturation');
    const none = privacyNotice(loadMusicSchool((privacy) => delete privacy.recipients), 'fr');
    assert.equal(sectionText(none, 'recipients'), 'Les destinataires de vos données ne sont pas précisés : vous pouvez les demander au responsable du traitement.');
  });

  it('should say the retention in words, then its description', () => {
    assert.equal(sectionText(fr, 'retention'), 'Vos données sont conservées 3 ans.\nTrois ans après la fin de la dernière inscription.');
    assert.equal(sectionText(en, 'retention'), 'Your data is kept for 3 years.\nThree years after the end of the last enrolment.');
    assert.deepEqual(fr.retention, { duration: 'P3Y', words: '3 ans' });
    const months = privacyNotice(loadMusicSchool((privacy) => (privacy.retention = { duration: 'P1Y6M' })), 'fr');
    assert.equal(sectionText(months, 'retention'), 'Vos données sont conservées 1 an et 6 mois.');
  });

  it('should say that nothing leaves the European Union, or list the transfers', () => {
    assert.equal(sectionText(fr, 'transfers'), "Vos données ne sont pas transférées hors de l'Union européenne.");
    assert.equal(sectionText(en, 'transfers'), 'Your data is not transferred outside the European Union.');
    const abroad = privacyNotice(
      loadMusicSchool((privacy) => (privacy.transfersOutsideEU = [{ fr: 'États-Unis : hébergement des courriels (clauses contractuelles types)', en: 'United States: e-mail hosting (standard contractual clauses)' }])),
      'en',
    );
    assert.equal(sectionText(abroad, 'transfers'), 'Your data is transferred outside the European Union:\nUnited States: e-mail hosting (standard contractual clauses)');
  });

  it('should list the rights that apply, saying which purposes the partial ones apply to', () => {
    assert.deepEqual(
      fr.rights.map((r) => [r.id, r.all ? 'all' : r.purposes.join(',')]),
      [
        ['access', 'all'],
        ['rectification', 'all'],
        ['erasure', 'lettre-information'],
        ['restriction', 'all'],
        ['objection', 'inscription'],
        ['portability', 'lettre-information'],
        ['withdraw-consent', 'lettre-information'],
        ['post-mortem', 'all'],
      ],
    );
    const rights = sectionText(fr, 'rights');
    assert.match(rights, /^Vous disposez des droits suivants sur vos données :\nDroit d'accès : savoir si des données vous concernant sont traitées et en obtenir une copie \(article 15 du RGPD\)\.\n/);
    assert.match(
      rights,
      /\nDroit à la portabilité : .* \(article 20\)\. Ce droit s'applique à : Vous envoyer la lettre d'information de l'école de musique\.\n/,
    );
    assert.match(rights, /\nDroit d'opposition : .* \(article 21\)\. Ce droit s'applique à : Gérer l'inscription des enfants à l'école de musique et la facturation\.\n/);
  });

  it('should give no erasure, objection or portability where the RGPD excludes them', () => {
    assert.deepEqual(withBasis('legal-obligation').rights.map((r) => r.id), ['access', 'rectification', 'restriction', 'post-mortem']);
    assert.deepEqual(withBasis('public-task').rights.map((r) => r.id), ['access', 'rectification', 'restriction', 'objection', 'post-mortem']);
    assert.deepEqual(withBasis('contract').rights.map((r) => r.id), ['access', 'rectification', 'erasure', 'restriction', 'portability', 'post-mortem']);
    assert.deepEqual(withBasis('consent').rights.map((r) => r.id), [
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'withdraw-consent',
      'post-mortem',
    ]);
    assert.ok(withBasis('consent').rights.every((r) => r.all), 'a right of the only purpose applies to all purposes');
    assert.deepEqual(rightsFor('legitimate-interest'), ['access', 'rectification', 'erasure', 'restriction', 'objection', 'post-mortem']);
    assert.deepEqual(rightsFor('vital-interest'), ['access', 'rectification', 'erasure', 'restriction', 'post-mortem']);
  });

  it('should tell the right to complain to the CNIL, with its address as text', () => {
    assert.match(sectionText(fr, 'complaint'), /réclamation à la CNIL .*www\.cnil\.fr.*3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07\.$/);
    assert.match(sectionText(en, 'complaint'), /complain to the CNIL .*www\.cnil\.fr/);
  });

  it('should say whether answering is compulsory: the procedure’s words, else what the form does', () => {
    assert.equal(
      sectionText(fr, 'mandatory'),
      'Les questions obligatoires sont nécessaires pour traiter votre demande : sans ces réponses, elle ne peut être ni envoyée ni traitée. Les questions marquées « facultatif » peuvent rester sans réponse.',
    );
    const stated = privacyNotice(loadMusicSchool((privacy) => (privacy.mandatory = { fr: "Sans ces réponses, l'inscription est impossible", en: 'Without these answers, no enrolment' })), 'en');
    assert.equal(sectionText(stated, 'mandatory'), 'Without these answers, no enrolment.');
  });

  it('should leave out the DPO section when the procedure gives none', () => {
    const notice = privacyNotice(loadMusicSchool((privacy) => delete privacy.dpo), 'fr');
    assert.deepEqual(notice.sections.map((s) => s.id).includes('dpo'), false);
  });

  it('should still inform, and say what is missing, when the procedure has no privacy block', () => {
    const notice = privacyNotice(loadProcedure(newsletterDocument(undefined)), 'fr');
    assert.equal(notice.complete, false);
    assert.deepEqual(notice.sections.map((s) => s.id), ['controller', 'rights', 'complaint', 'mandatory']);
    assert.equal(notice.summary, "Cette démarche ne précise pas l'usage qui sera fait de vos réponses : voir « Vos données personnelles », ou demandez-le à Commune de Saint-Exemple-sur-Loire.");
    assert.deepEqual(notice.rights.map((r) => r.id), ['access', 'rectification', 'restriction', 'post-mortem'], 'only the rights that hold whatever the legal basis');
    assert.deepEqual(notice.purposes, []);
  });

  it('should keep procedure texts as they are: text, never HTML', () => {
    const notice = privacyNotice(loadMusicSchool((privacy) => (privacy.recipients = ['<script>alert("x")</script> & co'])), 'fr');
    assert.equal(sectionText(notice, 'recipients'), 'Vos données sont destinées à :\n<script>alert("x")</script> & co');
  });

  it('should carry the notice version: privacy.version, else the procedure version', () => {
    assert.equal(fr.version, '2025-01');
    assert.deepEqual(fr.procedure, { id: 'inscription-ecole-musique', version: '1.0.0' });
    assert.equal(privacyNotice(loadMusicSchool((privacy) => delete privacy.version), 'fr').version, '1.0.0');
  });
});

describe('the exact notice text and its hash', () => {
  const school = loadMusicSchool();
  const notice = privacyNotice(school, 'fr');

  it('should be the title, the summary and every section, as shown', () => {
    assert.ok(notice.text.startsWith(`Vos données personnelles\n${notice.summary}\n\nResponsable du traitement\n`));
    for (const section of notice.sections) assert.ok(notice.text.includes(`\n\n${section.heading}\n`), section.id);
    assert.ok(notice.text.includes('\n- Le Trésor public, pour la facturation\n'));
    assert.equal(notice.text, notice.text.normalize('NFC'));
    assert.ok(!/[^\S\n]\n/.test(notice.text), 'no space at the end of a line');
  });

  it('should hash with SHA-256', async () => {
    assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(await sha256Hex('Données « personnelles »'), createHash('sha256').update('Données « personnelles »', 'utf8').digest('hex'), 'UTF-8 bytes');
    const hash = await hashNotice(notice);
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.equal(hash, await sha256Hex(notice.text));
    assert.equal(await hashNotice(privacyNotice(loadMusicSchool(), 'fr')), hash, 'the same notice gives the same hash');
  });

  it('should change when any word of the notice changes, and between languages', async () => {
    const hash = await hashNotice(notice);
    const changed = [
      privacyNotice(loadMusicSchool((privacy) => (privacy.recipients = [{ fr: 'Le service culture de la commune', en: 'x' }])), 'fr'),
      privacyNotice(loadMusicSchool((privacy) => (privacy.retention = { duration: 'P2Y', description: 'Trois ans après la fin de la dernière inscription.' })), 'fr'),
      privacyNotice(loadMusicSchool((privacy) => ((privacy.dpo as Record<string, unknown>).email = 'rgpd@saint-exemple.fr')), 'fr'),
      privacyNotice(school, 'en'),
    ];
    const hashes = await Promise.all(changed.map((n) => hashNotice(n)));
    for (const [i, other] of hashes.entries()) assert.notEqual(other, hash, `change ${i}`);
    assert.equal(new Set(hashes).size, hashes.length);
  });

  it('should hash a text in its canonical form: the same letters in another Unicode form, or CRLF line ends, give the same hash', async () => {
    const text = 'Données\nconservées';
    assert.equal(await hashNotice(text.normalize('NFD').replace('\n', '\r\n')), await hashNotice(text));
    assert.notEqual(await sha256Hex(text.normalize('NFD')), await sha256Hex(text), 'the raw bytes differ');
  });
});

describe('durationInWords', () => {
  it('should say ISO 8601 durations in French and English words', () => {
    const cases: Array<[string, string, string]> = [
      ['P1Y', '1 an', '1 year'],
      ['P2Y', '2 ans', '2 years'],
      ['P6M', '6 mois', '6 months'],
      ['P1M', '1 mois', '1 month'],
      ['P30D', '30 jours', '30 days'],
      ['P1D', '1 jour', '1 day'],
      ['P2W', '2 semaines', '2 weeks'],
      ['P1Y6M', '1 an et 6 mois', '1 year and 6 months'],
      ['P2Y6M3D', '2 ans, 6 mois et 3 jours', '2 years, 6 months and 3 days'],
      ['P0D', '0 jour', '0 days'],
    ];
    for (const [iso, fr, en] of cases) {
      assert.equal(durationInWords(iso, 'fr'), fr, iso);
      assert.equal(durationInWords(iso, 'en'), en, iso);
    }
  });

  it('should leave a text that is not such a duration as it is', () => {
    assert.equal(durationInWords('PT12H', 'fr'), 'PT12H');
    assert.equal(parseDuration('P'), undefined);
    assert.deepEqual(parseDuration('P1Y2M3W4D'), { years: 1, months: 2, weeks: 3, days: 4 });
  });
});

describe('the newsletter subscription, whose main purpose is consent', () => {
  it('should list the rights of a consent, and summarise its purpose', () => {
    const notice = privacyNotice(loadProcedure(newsletterDocument(privacyBlock([newsletterPurpose]))), 'fr');
    assert.match(notice.summary, /Vos réponses servent à : Vous envoyer la lettre d'information municipale\. Durée de conservation : 1 an\./);
    assert.ok(notice.rights.some((r) => r.id === 'withdraw-consent' && r.all));
  });
});

describe('the notice with @guichet/core/lite', () => {
  it('should wait for its texts, then be the French notice, and say so, until the English catalogue is installed', () => {
    // A fresh process: this one has installed English already (through @guichet/core).
    const lite = new URL('../../packages/core/src/lite.ts', import.meta.url).href;
    const code = `
      import { loadLocale, loadPrivacyTexts, loadProcedure, privacyNotice } from ${JSON.stringify(lite)};
      const schema = { type: 'object', properties: { nom: { type: 'string' } } };
      const procedure = loadProcedure({ id: 'x', version: '1', title: 'X', organisation: { name: 'Mairie' }, schema }, { compile: 'later' });
      let refused = '';
      try {
        privacyNotice(procedure, 'en');
      } catch (error) {
        refused = error.message;
      }
      await loadPrivacyTexts();
      const before = privacyNotice(procedure, 'en');
      await loadLocale('en');
      const after = privacyNotice(procedure, 'en');
      console.log(JSON.stringify([refused, before.locale, before.title, after.locale, after.title]));
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      'Guichet: the texts of the privacy notice are not loaded yet: await loadPrivacyTexts() from @guichet/core/lite first.',
      'fr',
      'Vos données personnelles',
      'en',
      'Your personal data',
    ]);
  });
});
