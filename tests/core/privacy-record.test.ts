import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { dataFields, loadProcedure, recordOfProcessing, recordToHtml, recordToMarkdown } from '../../packages/core/src/index.js';
import { loadMusicSchool, newsletterDocument, newsletterPurpose, privacyBlock } from './privacy-support.js';

const date = new Date('2025-06-01T12:00:00Z');

describe('recordOfProcessing', () => {
  const school = loadMusicSchool();
  const record = recordOfProcessing(school, 'fr', { date });

  it('should name the processing and say what it is made from', () => {
    assert.equal(record.name, "Démarche en ligne « Inscription à l'école municipale de musique »");
    assert.equal(record.date, '2025-06-01');
    assert.deepEqual(record.procedure, { id: 'inscription-ecole-musique', version: '1.0.0', title: "Inscription à l'école municipale de musique" });
    assert.equal(record.locale, 'fr');
  });

  it('should give the controller, the department, the DPO and the rights contact', () => {
    assert.deepEqual(record.controller, {
      contact: {
        name: 'Commune de Saint-Exemple-sur-Loire, représentée par son maire',
        email: 'mairie@saint-exemple.fr',
        address: '2 place de la Mairie, 45000 Saint-Exemple-sur-Loire',
      },
      toComplete: [],
    });
    assert.equal(record.service.contact?.name, 'École municipale de musique');
    assert.deepEqual(record.dpo, { contact: { name: 'Délégué à la protection des données', email: 'dpo@saint-exemple.fr' }, toComplete: [] });
    assert.equal(record.rights.contact?.email, 'dpo@saint-exemple.fr');
  });

  it('should state the purposes with their legal bases, and ask for the law behind a public task', () => {
    assert.deepEqual(
      record.purposes.items.map((p) => [p.id, p.basis, p.article, p.optional]),
      [
        ['inscription', "exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique", 'article 6.1.e du RGPD', false],
        ['lettre-information', 'consentement de la personne', 'article 6.1.a du RGPD', true],
      ],
    );
    assert.deepEqual(record.purposes.toComplete, [
      "Le texte qui fonde la finalité « Gérer l'inscription des enfants à l'école de musique et la facturation » (article 6.3 : loi, décret, délibération).",
    ]);
  });

  it('should list the categories of data with the questions under each, labelled with their groups', () => {
    assert.deepEqual(
      record.categories.items.map((c) => [c.category, c.name, c.fields.map((f) => f.label)]),
      [
        ['identity', "État civil, identité, données d'identification", ['Responsable légal › Nom', 'Responsable légal › Prénom']],
        ['contact', 'Coordonnées', ['Responsable légal › Adresse e-mail', 'Responsable légal › Téléphone']],
        ['location', 'Adresse et localisation', ['Responsable légal › Code postal']],
        ['family', 'Vie personnelle et familiale', ["Enfants à inscrire › Nom de l'enfant", "Enfants à inscrire › Prénom de l'enfant"]],
        ['financial', "Informations d'ordre économique et financier", ["Numéro d'allocataire CAF"]],
      ],
    );
    assert.equal(record.categories.items[3]?.fields[0]?.pointer, '/enfants/*/nom');
  });

  it('should list the questions without category apart, for the commune to classify', () => {
    assert.deepEqual(
      record.categories.unclassified.map((f) => f.pointer),
      ['/enfants/*/dateNaissance', '/enfants/*/instrument', '/enfants/*/niveau', '/quotientFamilial', '/commentaire'],
    );
    assert.equal(record.categories.unclassified[0]?.label, 'Enfants à inscrire › Date de naissance');
    assert.equal(record.categories.toComplete.length, 1);
  });

  it('should infer the people concerned, and ask the commune to say who they are', () => {
    assert.deepEqual(record.subjects.items, [
      'Les personnes qui font la démarche en ligne (les demandeurs).',
      'Les personnes décrites dans la partie « Responsable légal ».',
      'Des membres de la famille du demandeur (données de vie personnelle et familiale).',
    ]);
    assert.match(record.subjects.toComplete[0] ?? '', /mineurs/);
  });

  it('should give recipients, transfers and retention, and what they leave to complete', () => {
    assert.deepEqual(record.recipients.items, ['Le service culture de la commune', 'Le Trésor public, pour la facturation']);
    assert.match(record.recipients.toComplete.join(' '), /sous-traitants .*article 28/);
    assert.deepEqual(record.transfers, { none: true, items: [], toComplete: [] });
    assert.equal(record.retention.words, '3 ans');
    assert.equal(record.retention.duration, 'P3Y');
    assert.equal(record.retention.description, 'Trois ans après la fin de la dernière inscription.');
    assert.deepEqual(record.retention.toComplete, ["Le sort des données à l'échéance : suppression, ou versement aux archives (Code du patrimoine)."]);
  });

  it('should say what Guichet does for security, and what the commune must describe', () => {
    assert.ok(record.security.guichet.includes('Les réponses sont envoyées en HTTPS à https://demarches.saint-exemple.fr/api/inscriptions-musique.'));
    assert.ok(record.security.guichet.some((m) => m.startsWith('Aucun appel à un service tiers')));
    assert.ok(record.security.guichet.some((m) => m.startsWith('Brouillons')));
    assert.ok(record.security.guichet.some((m) => m.includes('SHA-256')), 'the procedure asks for a consent');
    assert.ok(!record.security.guichet.some((m) => m.includes('pièces jointes')), 'the procedure has no file');
    assert.equal(record.security.toComplete.length, 6);
    assert.match(record.security.toComplete.join('\n'), /habilitations/);
  });

  it('should count every point to complete', () => {
    const parts = [record.controller, record.service, record.dpo, record.rights, record.purposes, record.subjects, record.categories, record.special, record.recipients, record.transfers, record.retention, record.security];
    assert.equal(record.toCompleteCount, parts.reduce((n, p) => n + p.toComplete.length, 0));
    assert.equal(record.toCompleteCount, 11);
  });

  it('should be JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
  });

  it('should speak English', () => {
    const en = recordOfProcessing(school, 'en', { date });
    assert.equal(en.name, 'Online procedure “Enrolment at the municipal music school”');
    assert.equal(en.categories.items[0]?.name, 'Civil status, identity, identification data');
    assert.equal(en.categories.items[0]?.fields[0]?.label, 'Parent or guardian › Last name');
    assert.equal(en.purposes.items[0]?.basis, 'performance of a task carried out in the public interest or in the exercise of official authority');
    assert.equal(en.retention.words, '3 years');
  });
});

describe('recordOfProcessing of incomplete procedures', () => {
  it('should mark everything a procedure without privacy block cannot say', () => {
    const record = recordOfProcessing(loadProcedure(newsletterDocument(undefined)), 'fr', { date });
    assert.deepEqual(record.controller.toComplete, ['Le nom et les coordonnées du responsable du traitement (la commune, représentée par son maire).']);
    assert.equal(record.dpo.contact, undefined);
    assert.equal(record.dpo.toComplete.length, 1);
    assert.deepEqual(record.purposes.toComplete, ['Les finalités du traitement et la base légale de chacune.']);
    assert.deepEqual(record.retention.toComplete[0], 'La durée de conservation des demandes.');
    assert.ok(record.recipients.toComplete.includes('Les services et organismes qui reçoivent les données.'));
    assert.ok(record.security.toComplete.some((m) => m.startsWith("La transmission des réponses : sans adresse d'envoi")));
  });

  it('should ask for the Article 9 exception, the law, and an impact assessment for special categories', () => {
    const document = newsletterDocument(privacyBlock([{ id: 'aide', description: 'Instruire la demande', legalBasis: 'public-task' }]), {
      '/email': { personalData: 'sensitive' },
    });
    const record = recordOfProcessing(loadProcedure(document), 'fr', { date });
    assert.deepEqual(record.special.categories, ['sensitive']);
    assert.deepEqual(record.special.toComplete.map((t) => t.slice(0, 30)), ["L'exception de l'article 9.2 q", "Si une analyse d'impact (AIPD,"]);
    const stated = recordOfProcessing(
      loadProcedure({ ...document, privacy: privacyBlock([{ id: 'aide', description: 'Instruire', legalBasis: 'public-task' }], { specialCategoriesBasis: 'health-social-care' }) }),
      'fr',
      { date },
    );
    assert.equal(stated.special.condition, 'la médecine préventive, les soins ou la prise en charge sanitaire ou sociale (article 9.2.h)');
    assert.equal(stated.special.toComplete.length, 1, 'only the impact assessment is left');
    assert.deepEqual(recordOfProcessing(loadMusicSchool(), 'fr').special.items, ["Aucune question n'est déclarée comme donnée sensible, donnée d'infraction ou NIR."]);
  });

  it('should flag a submission address that is not HTTPS', () => {
    const record = recordOfProcessing(loadMusicSchool((_, document) => (document.submission = { endpoint: 'http://demarches.saint-exemple.fr/envoi' })), 'fr');
    assert.ok(record.security.toComplete.includes("L'adresse d'envoi http://demarches.saint-exemple.fr/envoi n'est pas en HTTPS : les réponses circuleraient en clair. Passez-la en https://."));
    assert.ok(!record.security.guichet.some((m) => m.includes('HTTPS à')));
    const relative = recordOfProcessing(loadMusicSchool((_, document) => (document.submission = { endpoint: '/api/envoi' })), 'fr');
    assert.ok(relative.security.guichet.includes('Les réponses sont envoyées à « /api/envoi », sur le site qui présente le formulaire : ce site doit être servi en HTTPS.'));
  });

  it('should take the category of a group for the questions inside it', () => {
    const document = newsletterDocument(privacyBlock([newsletterPurpose]), { '/adresse': { label: 'Adresse', personalData: 'location' } });
    (document.schema as { properties: Record<string, unknown> }).properties.adresse = {
      type: 'object',
      properties: { ville: { type: 'string', title: 'Ville' } },
    };
    const fields = dataFields(loadProcedure(document), 'fr');
    assert.deepEqual(fields.find((f) => f.pointer === '/adresse/ville'), { pointer: '/adresse/ville', label: 'Adresse › Ville', category: 'location', question: true });
    assert.equal(fields.find((f) => f.pointer === '/adresse')?.question, false);
  });
});

/** A procedure whose every text tries to become HTML or Markdown. */
function hostileProcedure(): ReturnType<typeof loadProcedure> {
  const script = '<script>alert("x")</script>';
  return loadProcedure({
    id: 'hostile',
    version: '1',
    title: `Démarche ${script}`,
    organisation: { name: 'Mairie "test" & co' },
    schema: {
      type: 'object',
      properties: {
        nom: { type: 'string', title: `Nom ${script}` },
        '<img src=x onerror=alert(1)>': { type: 'string', title: 'Attribut' },
        liste: { type: 'string', title: '1. Pas une liste' },
      },
    },
    fields: {
      '/nom': { label: `"><img src=x onerror=alert(1)> **gras** [lien](javascript:alert(1)) | ${script}`, personalData: 'identity' },
      '/<img src=x onerror=alert(1)>': { personalData: 'contact' },
      '/liste': { label: '- Pas une liste non plus', personalData: 'other' },
    },
    privacy: privacyBlock([{ id: 'p', description: `Finalité ${script}`, legalBasis: 'public-task' }], {
      controller: { name: `Commune ${script}`, email: 'mairie@exemple.fr' },
      recipients: [`Destinataire ${script} & co`],
    }),
  });
}

describe('recordToMarkdown', () => {
  const markdown = recordToMarkdown(recordOfProcessing(loadMusicSchool(), 'fr', { date }));

  it('should give a heading per part of Article 30, and mark what the commune must complete', () => {
    assert.ok(markdown.startsWith("# Registre des activités de traitement\n\n## Démarche en ligne « Inscription à l'école municipale de musique »\n\n"));
    assert.match(markdown, /Fiche établie le 1er juin 2025 par Guichet/);
    assert.match(markdown, /\n11 points sont à compléter par la commune\.\n/);
    assert.match(markdown, /\n### 1\. Responsable du traitement \(article 30\.1\.a du RGPD\)\n/);
    assert.match(markdown, /\n### 12\. Mesures de sécurité \(articles 30\.1\.g et 32\)\n/);
    assert.equal(markdown.match(/^> \*\*À compléter par la commune :\*\*$/gm)?.length, 6, 'one box per part with something to complete');
    assert.match(markdown, /\n- \*\*Coordonnées\*\*\n {2}- Responsable légal › Adresse e-mail — \/responsable\/courriel\n/);
    assert.match(markdown, /\n- Enfants à inscrire › Date de naissance — \/enfants\/\\\*\/dateNaissance\n/);
  });

  it('should keep every procedure text as text', () => {
    const hostile = recordToMarkdown(recordOfProcessing(hostileProcedure(), 'fr', { date }));
    assert.doesNotMatch(hostile, /(^|[^\\])<(script|img)/, 'every < is escaped');
    assert.match(hostile, /Démarche \\<script\\>alert\("x"\)\\<\/script\\>/);
    assert.match(hostile, /"\\>\\<img src=x onerror=alert\(1\)\\> \\\*\\\*gras\\\*\\\* \\\[lien\\\]\(javascript:alert\(1\)\) \\\| /);
    assert.match(hostile, /\n {2}- \\- Pas une liste non plus — \/liste\n/, 'a leading - is escaped');
    assert.match(hostile, /\n- Destinataire \\<script\\>alert\("x"\)\\<\/script\\> \\& co\n/);
  });

  it('should write Guichet’s words in another language on request', () => {
    const english = recordToMarkdown(recordOfProcessing(loadMusicSchool(), 'en', { date }));
    assert.match(english, /^# Record of processing activities\n/);
    assert.match(english, /> \*\*To be completed by the commune:\*\*/);
  });
});

describe('recordToHtml', () => {
  const html = recordToHtml(recordOfProcessing(loadMusicSchool(), 'fr', { date }));

  it('should be a complete, readable HTML page for the DPO', () => {
    assert.ok(html.startsWith('<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'));
    assert.match(html, /<title>Registre des activités de traitement — Démarche en ligne « Inscription à l&#39;école municipale de musique »<\/title>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(html, /<h1>Registre des activités de traitement<\/h1>/);
    assert.equal(html.match(/<h3>/g)?.length, 12);
    assert.equal(html.match(/<div class="todo">/g)?.length, 6);
    assert.match(html, /<tr><th scope="row">Coordonnées<\/th><td><ul><li>Responsable légal › Adresse e-mail <code>\/responsable\/courriel<\/code><\/li>/);
    assert.ok(html.trimEnd().endsWith('</main>\n</body>\n</html>'));
    assert.ok(!/<script/i.test(html));
  });

  it('should escape every text: a hostile procedure comes out as text', () => {
    const hostile = recordToHtml(recordOfProcessing(hostileProcedure(), 'fr', { date }));
    assert.ok(!/<script/i.test(hostile), 'no <script> element');
    assert.ok(!/<img/i.test(hostile), 'no <img> element');
    assert.ok(hostile.includes('<title>Registre des activités de traitement — Démarche en ligne « Démarche &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; »</title>'));
    assert.ok(hostile.includes('<li>&quot;&gt;&lt;img src=x onerror=alert(1)&gt; **gras** [lien](javascript:alert(1)) | &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <code>/nom</code></li>'));
    assert.ok(hostile.includes('<code>/&lt;img src=x onerror=alert(1)&gt;</code>'), 'a hostile property name in a pointer');
    assert.ok(hostile.includes('<li>Destinataire &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</li>'));
    assert.ok(hostile.includes('Commune &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>'));
    // Every < left in the page opens one of the page's own elements.
    const tags = new Set([...hostile.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => (m[1] ?? '').toLowerCase()));
    assert.deepEqual([...tags].sort(), ['!doctype', 'body', 'br', 'code', 'div', 'h1', 'h2', 'h3', 'head', 'html', 'li', 'main', 'meta', 'p', 'section', 'strong', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr', 'ul']);
  });
});
