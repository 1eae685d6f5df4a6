// Drafts: what a citizen typed survives a reload, without what must never be stored, and is
// never applied to another version of the procedure nor silently overwritten by another tab.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  clearDraft,
  createFormState,
  DEFAULT_DRAFT_LIFETIME,
  draftData,
  draftKey,
  loadProcedure,
  nextStep,
  readDraft,
  restoreDraft,
  saveDraft,
  setValue,
  type DraftStorage,
} from '../../packages/core/src/index.js';
import { musicSchool } from './support.js';

/** A Web Storage stand-in; `full` makes it refuse writes as a full storage does. */
function memoryStorage(full = false): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

function procedureWithSensitiveFields(): ReturnType<typeof loadProcedure> {
  const document = musicSchool();
  const schema = document.schema as { properties: Record<string, unknown> };
  schema.properties.sante = { type: 'string', title: 'Allergies ou traitement' };
  schema.properties.justificatif = { type: 'string', format: 'data-url', title: 'Justificatif' };
  const fields = document.fields as Record<string, unknown>;
  fields['/sante'] = { personalData: 'sensitive' };
  fields['/enfants/*/nom'] = { personalData: 'nir' };
  const steps = document.steps as Array<{ items: unknown[] }>;
  steps[steps.length - 1]?.items.push('/sante', '/justificatif');
  return loadProcedure(document);
}

const answers = {
  responsable: { nom: 'Durand', prenom: 'Claire', courriel: 'claire@example.fr', codePostal: '80000' },
  enfants: [{ nom: '1 85 05 78 006 084 36', prenom: 'Léa' }],
  sante: 'asthme',
  justificatif: 'data:application/pdf;name=avis.pdf;base64,JVBERi0x',
};

describe('drafts', () => {
  it('should keep the answers, but never sensitive, offence or NIR answers, nor files', () => {
    const { data, leftOut } = draftData(procedureWithSensitiveFields(), answers);
    assert.deepEqual(data, {
      responsable: { nom: 'Durand', prenom: 'Claire', courriel: 'claire@example.fr', codePostal: '80000' },
      enfants: [{ prenom: 'Léa' }],
    });
    assert.deepEqual(leftOut, { sensitive: 2, files: 1 });
  });

  it('should give back the answers, the step and the choices after a reload', () => {
    const procedure = loadProcedure(musicSchool());
    const storage = memoryStorage();
    let state = createFormState(procedure, { data: answers });
    state = nextStep(state);
    assert.equal(state.step, 1);
    const result = saveDraft(storage, state, { tab: 'a', revision: 0 });
    assert.ok(result.saved);
    assert.equal(result.draft.revision, 1);
    const reading = readDraft(storage, procedure);
    assert.equal(reading.kind, 'found');
    if (reading.kind !== 'found') return;
    const restored = restoreDraft(procedure, reading.draft);
    assert.equal(restored.step, 1);
    assert.deepEqual(restored.data.responsable, answers.responsable);
  });

  it('should not apply a draft of another version of the procedure, and keep it', () => {
    const storage = memoryStorage();
    const older = loadProcedure(musicSchool());
    assert.ok(saveDraft(storage, setValue(createFormState(older), '/commentaire', 'Merci'), { tab: 'a', revision: 0 }).saved);
    const newer = loadProcedure({ ...musicSchool(), version: '2.0.0' });
    assert.deepEqual(readDraft(storage, newer), { kind: 'other-version', version: '1.0.0' });
    assert.ok(storage.items.has(draftKey(newer)));
  });

  it("should tie a bare schema's draft to the schema itself", () => {
    const storage = memoryStorage();
    const schema = { title: 'Signalement', type: 'object', properties: { lieu: { type: 'string' } } };
    assert.ok(saveDraft(storage, setValue(createFormState(loadProcedure(schema)), '/lieu', 'Rue du Port'), { tab: 'a', revision: 0 }).saved);
    assert.equal(readDraft(storage, loadProcedure(schema)).kind, 'found');
    const changed = { ...schema, properties: { lieu: { type: 'string' }, photo: { type: 'string' } } };
    assert.equal(readDraft(storage, loadProcedure(changed)).kind, 'other-version');
  });

  it('should expire, and remove what has expired or cannot be read', () => {
    const storage = memoryStorage();
    const procedure = loadProcedure(musicSchool());
    const now = new Date('2026-11-23T10:00:00Z');
    assert.ok(saveDraft(storage, createFormState(procedure, { data: answers }), { tab: 'a', revision: 0, now }).saved);
    assert.equal(readDraft(storage, procedure, { now: new Date(now.getTime() + DEFAULT_DRAFT_LIFETIME - 1) }).kind, 'found');
    assert.deepEqual(readDraft(storage, procedure, { now: new Date(now.getTime() + DEFAULT_DRAFT_LIFETIME) }), { kind: 'expired' });
    assert.equal(storage.items.size, 0);
    for (const garbage of ['{', '"texte"', JSON.stringify({ format: 'guichet-draft/1', procedure: { id: 'autre' } }), '{"__proto__":{"x":1}}']) {
      storage.items.set(draftKey(procedure), garbage);
      assert.deepEqual(readDraft(storage, procedure), { kind: 'unreadable' }, garbage);
      assert.equal(storage.items.size, 0);
    }
  });

  it('should not let a tab overwrite a newer draft of another tab silently', () => {
    const storage = memoryStorage();
    const procedure = loadProcedure(musicSchool());
    const state = createFormState(procedure);
    const first = saveDraft(storage, setValue(state, '/commentaire', 'Onglet A'), { tab: 'a', revision: 0 });
    assert.ok(first.saved);
    const other = saveDraft(storage, setValue(state, '/commentaire', 'Onglet B'), { tab: 'b', revision: first.draft.revision });
    assert.ok(other.saved);
    assert.equal(other.draft.revision, 2);
    assert.deepEqual(saveDraft(storage, setValue(state, '/commentaire', 'Onglet A encore'), { tab: 'a', revision: first.draft.revision }), { saved: false, reason: 'other-tab' });
    const reading = readDraft(storage, procedure);
    assert.equal(reading.kind === 'found' ? reading.draft.data.commentaire : undefined, 'Onglet B');
    // Once tab A has seen B's draft (it restored it, or the person chose to keep A's), it saves again.
    assert.ok(saveDraft(storage, setValue(state, '/commentaire', 'Onglet A encore'), { tab: 'a', revision: 2 }).saved);
  });

  it('should go on without a draft when the storage refuses, and clear it after sending', () => {
    const procedure = loadProcedure(musicSchool());
    assert.deepEqual(saveDraft(memoryStorage(true), createFormState(procedure), { tab: 'a', revision: 0 }), { saved: false, reason: 'storage' });
    const storage = memoryStorage();
    assert.ok(saveDraft(storage, createFormState(procedure), { tab: 'a', revision: 0 }).saved);
    clearDraft(storage, procedure);
    assert.deepEqual(readDraft(storage, procedure), { kind: 'none' });
  });
});
