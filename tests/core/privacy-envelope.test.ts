import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  consentProofs,
  hashNotice,
  loadProcedure,
  privacyNotice,
  submissionEnvelope,
  validateSubmission,
  type ConsentProof,
  type SubmissionVerdict,
} from '../../packages/core/src/index.js';
import { loadMusicSchool, newsletterDocument, newsletterPurpose, privacyBlock } from './privacy-support.js';

const data = {
  responsable: { nom: 'Martin', prenom: 'Claire', courriel: 'claire.martin@example.fr', codePostal: '45000' },
  enfants: [{ nom: 'Martin', prenom: 'Léa', dateNaissance: '2016-03-27', instrument: 'violon' }],
  quotientFamilial: false,
};
const now = new Date('2025-06-01T09:30:00Z');

function envelopeErrorsOf(verdict: SubmissionVerdict): Array<[string, string]> {
  return verdict.envelopeErrors.map((e) => [e.pointer, e.code]);
}

describe('submissionEnvelope', () => {
  it('should carry the procedure id and version, the retention and the consent proofs beside the answers', async () => {
    const school = loadMusicSchool();
    const noticeHash = await hashNotice(privacyNotice(school, 'fr'));
    const consents = consentProofs(school, { 'lettre-information': true }, { now, noticeHash });
    assert.deepEqual(submissionEnvelope(school, data, consents), {
      procedure: { id: 'inscription-ecole-musique', version: '1.0.0' },
      retention: { duration: 'P3Y' },
      consents: [{ purpose: 'lettre-information', granted: true, at: '2025-06-01T09:30:00.000Z', noticeHash, noticeVersion: '2025-01' }],
      data,
    });
  });

  it('should carry an empty list of consents, and no retention, for a procedure without privacy block', () => {
    const envelope = submissionEnvelope(loadProcedure(newsletterDocument(undefined)), { email: 'a@b.fr' });
    assert.deepEqual(envelope, { procedure: { id: 'lettre-information', version: '1.2.0' }, consents: [], data: { email: 'a@b.fr' } });
  });
});

describe('validateSubmission and the envelope', () => {
  const school = loadMusicSchool();
  const proof = (change: Partial<ConsentProof> = {}): ConsentProof => ({
    purpose: 'lettre-information',
    granted: true,
    at: '2025-06-01T09:30:00.000Z',
    noticeHash: 'b'.repeat(64),
    noticeVersion: '2025-01',
    ...change,
  });

  it('should accept the envelope the form builds', async () => {
    const noticeHash = await hashNotice(privacyNotice(school, 'en'));
    const verdict = validateSubmission(school, submissionEnvelope(school, data, consentProofs(school, {}, { now, noticeHash })));
    assert.deepEqual(verdict.errors, []);
    assert.deepEqual(verdict.envelopeErrors, []);
    assert.equal(verdict.valid, true);
  });

  it('should still accept the answers alone, as before', () => {
    const verdict = validateSubmission(school, { data });
    assert.equal(verdict.valid, true);
    assert.deepEqual(verdict.envelopeErrors, []);
  });

  it('should refuse a proof for a purpose that does not ask for consent, with a pointer to it', () => {
    const verdict = validateSubmission(school, { data, consents: [proof(), proof({ purpose: 'inscription' }), proof({ purpose: 'publicite' })] });
    assert.equal(verdict.valid, false);
    assert.deepEqual(envelopeErrorsOf(verdict), [
      ['/consents/1/purpose', 'consent-unknown-purpose'],
      ['/consents/2/purpose', 'consent-unknown-purpose'],
    ]);
    assert.equal(verdict.envelopeErrors[1]?.message, "« publicite » n'est pas une finalité de cette démarche soumise au consentement");
    assert.deepEqual(verdict.errors, [], 'the answers themselves are fine');
  });

  it('should say it in English too', () => {
    const verdict = validateSubmission(school, { data, consents: [proof({ purpose: 'publicite' })] }, { locale: 'en' });
    assert.equal(verdict.envelopeErrors[0]?.message, '“publicite” is not a purpose of this procedure that asks for consent');
  });

  it('should refuse a choice given twice', () => {
    const verdict = validateSubmission(school, { data, consents: [proof(), proof({ granted: false })] });
    assert.deepEqual(envelopeErrorsOf(verdict), [['/consents/1/purpose', 'consent-repeated']]);
  });

  it('should refuse a malformed proof, naming the part that is wrong', () => {
    const verdict = validateSubmission(school, {
      data,
      consents: [proof({ at: 'hier' }), proof({ noticeHash: 'abc' }), { purpose: 'lettre-information', granted: 'oui' }, 'oui'],
    });
    assert.deepEqual(envelopeErrorsOf(verdict), [
      ['/consents/0/at', 'envelope-invalid'],
      ['/consents/1/noticeHash', 'envelope-invalid'],
      ['/consents/2/granted', 'envelope-invalid'],
      ['/consents/3', 'envelope-invalid'],
    ]);
    assert.equal(verdict.envelopeErrors[0]?.message, "« at » manque ou n'a pas la forme attendue");
    assert.deepEqual(envelopeErrorsOf(validateSubmission(school, { data, consents: { 'lettre-information': true } })), [['/consents', 'envelope-invalid']]);
  });

  it('should refuse a choice made on another version of the notice', () => {
    const verdict = validateSubmission(school, { data, consents: [proof({ noticeVersion: '2024-01' })] });
    assert.deepEqual(envelopeErrorsOf(verdict), [['/consents/0/noticeVersion', 'notice-outdated']]);
    assert.match(verdict.envelopeErrors[0]?.message ?? '', /« 2024-01 » .*« 2025-01 »/);
  });

  it('should refuse answers given on another procedure, another version, or with another retention', () => {
    const base = submissionEnvelope(school, data);
    assert.deepEqual(envelopeErrorsOf(validateSubmission(school, { ...base, procedure: { id: 'autre-demarche', version: '1.0.0' } })), [
      ['/procedure/id', 'procedure-mismatch'],
    ]);
    const old = validateSubmission(school, { ...base, procedure: { id: 'inscription-ecole-musique', version: '0.9.0' } });
    assert.deepEqual(envelopeErrorsOf(old), [['/procedure/version', 'version-mismatch']]);
    assert.equal(old.envelopeErrors[0]?.message, 'Ces réponses ont été saisies sur la version « 0.9.0 » de la démarche ; la version en vigueur est « 1.0.0 »');
    assert.deepEqual(envelopeErrorsOf(validateSubmission(school, { ...base, retention: { duration: 'P10Y' } })), [['/retention/duration', 'retention-mismatch']]);
    assert.deepEqual(envelopeErrorsOf(validateSubmission(school, { ...base, procedure: 'inscription-ecole-musique', retention: 'P3Y' })), [
      ['/procedure', 'envelope-invalid'],
      ['/retention', 'envelope-invalid'],
    ]);
  });

  it('should report the answers’ errors and the envelope’s together', () => {
    const verdict = validateSubmission(school, { data: { ...data, responsable: {} }, consents: [proof({ purpose: 'x' })] });
    assert.ok(verdict.errors.some((e) => e.pointer === '/responsable/nom'));
    assert.deepEqual(envelopeErrorsOf(verdict), [['/consents/0/purpose', 'consent-unknown-purpose']]);
  });
});

describe('a procedure that cannot be sent without consent', () => {
  const subscription = loadProcedure(newsletterDocument(privacyBlock([newsletterPurpose])));
  const answers = { email: 'claire.martin@example.fr' };
  const consents = (granted: boolean): ConsentProof[] => consentProofs(subscription, { 'envoi-lettre': granted }, { now, noticeHash: 'c'.repeat(64) });

  it('should accept it with the consent granted', () => {
    const verdict = validateSubmission(subscription, submissionEnvelope(subscription, answers, consents(true)));
    assert.deepEqual(verdict.envelopeErrors, []);
    assert.equal(verdict.valid, true);
  });

  it('should refuse it without the proof of that consent', () => {
    const verdict = validateSubmission(subscription, { data: answers });
    assert.equal(verdict.valid, false);
    assert.deepEqual(envelopeErrorsOf(verdict), [['/consents', 'consent-missing']]);
    assert.match(verdict.envelopeErrors[0]?.message ?? '', /Le consentement à la finalité « envoi-lettre » manque/);
  });

  it('should refuse it with that consent refused', () => {
    const verdict = validateSubmission(subscription, submissionEnvelope(subscription, answers, consents(false)), { locale: 'en' });
    assert.deepEqual(envelopeErrorsOf(verdict), [['/consents/0/granted', 'consent-refused']]);
    assert.equal(verdict.envelopeErrors[0]?.message, 'The request cannot be handled without consent to the purpose “envoi-lettre”');
  });
});
