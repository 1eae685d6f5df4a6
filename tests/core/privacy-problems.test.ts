import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { loadProcedure, type Problem } from '../../packages/core/src/index.js';
import { newsletterDocument, newsletterPurpose, musicSchoolWith, privacyBlock } from './privacy-support.js';
import { assertExplained, located, problemsOf } from './support.js';

/** The warnings of a procedure that loads, each checked to say where and what in both languages. */
function warnings(document: unknown): Array<[string, string]> {
  const procedure = loadProcedure(document);
  procedure.warnings.forEach(assertExplained);
  return located(procedure.warnings);
}

function warningAt(document: unknown, pointer: string): Problem {
  const warning = loadProcedure(document).warnings.find((w) => w.pointer === pointer);
  assert.ok(warning, `no warning at ${pointer}`);
  return warning;
}

const publicTask = { id: 'inscription', description: 'Inscrire', legalBasis: 'public-task' };

describe('the RGPD mentions a procedure lacks', () => {
  it('should find none in a complete privacy block', () => {
    assert.deepEqual(warnings(musicSchoolWith(() => undefined)), []);
    assert.deepEqual(warnings(newsletterDocument(privacyBlock([newsletterPurpose]))), []);
  });

  it('should report a missing privacy block, and nothing else about it', () => {
    assert.deepEqual(warnings(newsletterDocument(undefined)), [['', 'privacy-missing']]);
    assert.match(warningAt(newsletterDocument(undefined), '').message.fr, /article 13/);
  });

  it('should report a missing DPO, where it goes', () => {
    const document = musicSchoolWith((privacy) => delete privacy.dpo);
    assert.deepEqual(warnings(document), [['/privacy', 'dpo-missing']]);
    const { message } = warningAt(document, '/privacy');
    assert.match(message.fr, /délégué à la protection des données .*article 37/i);
    assert.match(message.en, /data protection officer .*Article 37/);
  });

  it('should report a contact that gives only a name: nobody could write to it', () => {
    const document = musicSchoolWith((privacy) => {
      privacy.controller = { name: 'Commune de Saint-Exemple-sur-Loire' };
      privacy.rights = { name: { fr: 'Le DPO', en: 'The DPO' } };
    });
    assert.deepEqual(warnings(document), [
      ['/privacy/controller', 'contact-unreachable'],
      ['/privacy/rights', 'contact-unreachable'],
    ]);
    assert.match(warningAt(document, '/privacy/rights').message.fr, /« rights » ne donne qu'un nom/);
  });

  it('should report recipients that are not stated, absent or empty', () => {
    assert.deepEqual(warnings(musicSchoolWith((privacy) => delete privacy.recipients)), [['/privacy', 'recipients-missing']]);
    assert.deepEqual(warnings(musicSchoolWith((privacy) => (privacy.recipients = []))), [['/privacy', 'recipients-missing']]);
  });

  it('should report a retention without description', () => {
    const document = musicSchoolWith((privacy) => (privacy.retention = { duration: 'P3Y' }));
    assert.deepEqual(warnings(document), [['/privacy/retention', 'retention-undescribed']]);
    assert.match(warningAt(document, '/privacy/retention').message.en, /when it starts/);
  });

  it('should refuse two purposes with one id: consent proofs could not tell them apart', () => {
    const problems = problemsOf(musicSchoolWith((privacy) => (privacy.purposes as unknown[]).push({ ...newsletterPurpose, id: 'inscription' })));
    assert.deepEqual(located(problems), [['/privacy/purposes/2/id', 'purpose-id-repeated']]);
    problems.forEach(assertExplained);
  });

  it('should report a procedure whose purposes are all optional', () => {
    const optional = { ...newsletterPurpose, optional: true };
    assert.deepEqual(warnings(newsletterDocument(privacyBlock([optional]))), [['/privacy/purposes', 'main-purpose-missing']]);
  });

  it('should report a consent that is not the main purpose yet not optional (Article 7(4))', () => {
    const document = newsletterDocument(privacyBlock([publicTask, newsletterPurpose]));
    assert.deepEqual(warnings(document), [['/privacy/purposes/1', 'consent-not-optional']]);
    assert.match(warningAt(document, '/privacy/purposes/1').message.fr, /« envoi-lettre » .*« optional »: true/);
  });

  it('should report legitimate interest, which a commune cannot rely on for its tasks', () => {
    const document = newsletterDocument(privacyBlock([{ ...publicTask, legalBasis: 'legitimate-interest' }]));
    assert.deepEqual(warnings(document), [['/privacy/purposes/0/legalBasis', 'legitimate-interest-public-body']]);
  });

  it('should keep refusing an optional purpose that is not based on consent (the format says so)', () => {
    const problems = problemsOf(newsletterDocument(privacyBlock([publicTask, { ...publicTask, id: 'autre', optional: true }])));
    assert.deepEqual(located(problems), [['/privacy/purposes/1/legalBasis', 'invalid-value']]);
  });
});

describe('sensitive data, offences and the NIR', () => {
  // `null`: no privacy block at all.
  const withField = (category: string, privacy: Record<string, unknown> | null = privacyBlock([publicTask])): Record<string, unknown> =>
    newsletterDocument(privacy ?? undefined, { '/email': { personalData: category } });

  it('should warn about a sensitive field without the Article 9(2) exception, at the field', () => {
    const document = withField('sensitive');
    assert.deepEqual(warnings(document), [['/fields/~1email/personalData', 'special-category-basis-missing']]);
    const { message } = warningAt(document, '/fields/~1email/personalData');
    assert.match(message.fr, /« \/email » recueille des données sensibles .*« privacy\.specialCategoriesBasis »/);
    assert.match(message.en, /special categories of data .*Article 9\(2\)/);
  });

  it('should accept it once the exception is stated', () => {
    assert.deepEqual(warnings(withField('sensitive', privacyBlock([publicTask], { specialCategoriesBasis: 'substantial-public-interest' }))), []);
  });

  it('should warn about it even without a privacy block', () => {
    assert.deepEqual(warnings(withField('sensitive', null)), [
      ['', 'privacy-missing'],
      ['/fields/~1email/personalData', 'special-category-basis-missing'],
    ]);
  });

  it('should warn about offence data and the NIR unless the main purpose cites its law', () => {
    assert.deepEqual(warnings(withField('offence')), [['/fields/~1email/personalData', 'legal-reference-missing']]);
    assert.deepEqual(warnings(withField('nir')), [['/fields/~1email/personalData', 'legal-reference-missing']]);
    assert.match(warningAt(withField('nir'), '/fields/~1email/personalData').message.fr, /décret n° 2019-341/);
    assert.match(warningAt(withField('offence'), '/fields/~1email/personalData').message.en, /Article 10/);
    const cited = privacyBlock([{ ...publicTask, legalReference: 'Code de la sécurité sociale, article R. 115-7' }]);
    assert.deepEqual(warnings(withField('nir', cited)), []);
  });

  it('should not accept a law cited by an optional purpose only', () => {
    const privacy = privacyBlock([publicTask, { ...newsletterPurpose, optional: true, legalReference: 'Loi' }]);
    assert.deepEqual(warnings(withField('offence', privacy)), [['/fields/~1email/personalData', 'legal-reference-missing']]);
  });

  it('should refuse a condition that is not one of Article 9(2), and an empty legal reference', () => {
    assert.deepEqual(located(problemsOf(withField('sensitive', privacyBlock([publicTask], { specialCategoriesBasis: 'interet-general' })))), [
      ['/privacy/specialCategoriesBasis', 'invalid-value'],
    ]);
    assert.deepEqual(located(problemsOf(newsletterDocument(privacyBlock([{ ...publicTask, legalReference: '' }])))), [
      ['/privacy/purposes/0/legalReference', 'invalid-value'],
    ]);
  });
});
