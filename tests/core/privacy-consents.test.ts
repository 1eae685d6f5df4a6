import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  consentProofs,
  consentPurposes,
  consentRequiredToSubmit,
  hashNotice,
  loadProcedure,
  missingConsent,
  noticeLocaleOf,
  privacyNotice,
} from '../../packages/core/src/index.js';
import { loadMusicSchool, newsletterDocument, newsletterPurpose, privacyBlock } from './privacy-support.js';

const photos = {
  id: 'photos',
  description: { fr: 'Publier des photos des auditions dans le bulletin municipal.', en: 'Publish photos of the concerts in the newsletter.' },
  legalBasis: 'consent',
  optional: true,
};
const now = new Date('2025-06-01T09:30:00Z');
const hash = 'a'.repeat(64);

describe('consentPurposes', () => {
  it('should give one unticked, optional checkbox per optional consent purpose, labelled by the purpose', () => {
    const school = loadMusicSchool();
    assert.deepEqual(consentPurposes(school), [
      { id: 'lettre-information', label: "Vous envoyer la lettre d'information de l'école de musique.", required: false },
    ]);
    assert.equal(consentPurposes(school, 'en')[0]?.label, "Send you the music school's newsletter.");
  });

  it('should never bundle two consents: one checkbox each, in the procedure’s order', () => {
    const school = loadMusicSchool((privacy) => (privacy.purposes as unknown[]).push(photos));
    assert.deepEqual(consentPurposes(school).map((p) => [p.id, p.required]), [
      ['lettre-information', false],
      ['photos', false],
    ]);
  });

  it('should give none for a procedure without consent or without privacy block', () => {
    assert.deepEqual(consentPurposes(loadMusicSchool((privacy) => (privacy.purposes as unknown[]).pop())), []);
    assert.deepEqual(consentPurposes(loadProcedure(newsletterDocument(undefined))), []);
  });
});

describe('missingConsent', () => {
  it('should name the consent the request depends on until it is granted, and never an optional one', () => {
    const subscription = loadProcedure(newsletterDocument(privacyBlock([photos, newsletterPurpose])));
    assert.equal(missingConsent(subscription, {})?.id, 'envoi-lettre');
    assert.equal(missingConsent(subscription, { photos: true, 'envoi-lettre': false })?.id, 'envoi-lettre');
    assert.equal(missingConsent(subscription, { 'envoi-lettre': true }), undefined);
    assert.equal(missingConsent(loadMusicSchool(), {}), undefined);
  });
});

describe('consentRequiredToSubmit', () => {
  it('should be false when the main purpose is a public task, whatever the optional consents', () => {
    assert.equal(consentRequiredToSubmit(loadMusicSchool()), false);
  });

  it('should be true when the main purpose (the first that is not optional) rests on consent', () => {
    const subscription = loadProcedure(newsletterDocument(privacyBlock([photos, newsletterPurpose])));
    assert.equal(consentRequiredToSubmit(subscription), true);
    assert.deepEqual(consentPurposes(subscription).map((p) => [p.id, p.required]), [
      ['photos', false],
      ['envoi-lettre', true],
    ]);
  });

  it('should be false when a consent purpose comes after the main one, even not marked optional', () => {
    const procedure = loadProcedure(
      newsletterDocument(privacyBlock([{ id: 'inscription', description: 'Inscrire', legalBasis: 'public-task' }, newsletterPurpose])),
    );
    assert.equal(consentRequiredToSubmit(procedure), false);
    assert.deepEqual(consentPurposes(procedure).map((p) => [p.id, p.required]), [['envoi-lettre', false]]);
  });

  it('should be false without a privacy block', () => {
    assert.equal(consentRequiredToSubmit(loadProcedure(newsletterDocument(undefined))), false);
  });
});

describe('consentProofs', () => {
  const school = loadMusicSchool((privacy) => (privacy.purposes as unknown[]).push(photos));

  it('should prove each choice, ticked or not, with the time, the notice hash and its version', () => {
    assert.deepEqual(consentProofs(school, { 'lettre-information': true, photos: false }, { now, noticeHash: hash }), [
      { purpose: 'lettre-information', granted: true, at: '2025-06-01T09:30:00.000Z', noticeHash: hash, noticeVersion: '2025-01' },
      { purpose: 'photos', granted: false, at: '2025-06-01T09:30:00.000Z', noticeHash: hash, noticeVersion: '2025-01' },
    ]);
  });

  it('should record a box left alone as not granted', () => {
    assert.deepEqual(
      consentProofs(school, {}, { now, noticeHash: hash }).map((p) => [p.purpose, p.granted]),
      [
        ['lettre-information', false],
        ['photos', false],
      ],
    );
  });

  it('should refuse a choice for a purpose that does not ask for consent', () => {
    assert.throws(() => consentProofs(school, { inscription: true }, { now, noticeHash: hash }), /"inscription" is not a consent purpose of the procedure "inscription-ecole-musique"/);
    assert.throws(() => consentProofs(school, { toString: true }, { now, noticeHash: hash }), /"toString"/);
  });

  it('should take the time of now when none is given', () => {
    const before = Date.now();
    const [proof] = consentProofs(school, {}, { noticeHash: hash });
    assert.ok(proof && Date.parse(proof.at) >= before - 1000 && Date.parse(proof.at) <= Date.now());
  });
});

describe('noticeLocaleOf', () => {
  it('should find which notice a hash was made from, so a server can check a proof', async () => {
    const school = loadMusicSchool();
    assert.equal(await noticeLocaleOf(school, await hashNotice(privacyNotice(school, 'en'))), 'en');
    assert.equal(await noticeLocaleOf(school, await hashNotice(privacyNotice(school, 'fr'))), 'fr');
    const other = loadMusicSchool((privacy) => (privacy.recipients = ['Le service culture de la commune']));
    assert.equal(await noticeLocaleOf(school, await hashNotice(privacyNotice(other, 'fr'))), undefined, 'another text was shown');
  });
});
