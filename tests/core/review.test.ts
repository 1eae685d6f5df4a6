import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { createFormState, loadProcedure, reviewSteps } from '../../packages/core/src/index.js';

const procedure = loadProcedure({
  id: 'rendez-vous',
  version: '1',
  title: 'Rendez-vous',
  organisation: { name: 'Commune' },
  schema: {
    type: 'object',
    properties: {
      nom: { type: 'string', title: 'Nom' },
      piece: { type: 'string', title: 'Pièce', oneOf: [{ const: 'cni', title: "Carte d'identité" }, { const: 'passeport', title: 'Passeport' }] },
      naissance: { type: 'string', format: 'date', title: 'Date de naissance' },
      mineur: { type: 'boolean', title: 'Mineur' },
      langues: { type: 'array', title: 'Langues', uniqueItems: true, items: { enum: ['fr', 'en'] } },
      enfants: { type: 'array', title: 'Enfants', items: { type: 'object', title: 'Enfant', properties: { prenom: { type: 'string', title: 'Prénom' } } } },
      telephone: { type: 'string', title: 'Téléphone' },
    },
    if: { properties: { mineur: { const: true } }, required: ['mineur'] },
    then: { properties: { responsable: { type: 'string', title: 'Responsable légal' } } },
  },
  steps: [
    { id: 'identite', title: 'Identité', items: ['/nom', '/piece', '/naissance', '/mineur', '/responsable'] },
    { id: 'autres', title: 'Autres', items: ['/langues', '/enfants', '/telephone'] },
  ],
  fields: { '/langues': { options: { fr: 'Français', en: 'Anglais' } } },
});

describe('reviewSteps', () => {
  const data = { nom: 'Dupont', piece: 'passeport', naissance: '2010-07-14', mineur: false, langues: ['fr', 'en'], enfants: [{ prenom: 'Léa' }] };

  it('should give each answer as the person reads it, step by step, without the questions that do not apply', () => {
    const review = reviewSteps(createFormState(procedure, { data }));
    assert.deepEqual(
      review.map((step) => [step.index, step.title, step.rows.map((row) => [row.id, row.label, row.value])]),
      [
        [0, 'Identité', [
          ['g-nom', 'Nom', 'Dupont'],
          ['g-piece', 'Pièce', 'Passeport'],
          ['g-naissance', 'Date de naissance', '14/07/2010'],
          ['g-mineur', 'Mineur', 'Non'],
        ]],
        [1, 'Autres', [
          ['g-langues', 'Langues', 'Français, Anglais'],
          ['g-enfants-0-prenom', 'Enfant 1 : Prénom', 'Léa'],
          ['g-telephone', 'Téléphone', 'Non renseigné'],
        ]],
      ],
    );
  });

  it('should speak English when the form does', () => {
    const review = reviewSteps(createFormState(procedure, { data: { ...data, mineur: true }, locale: 'en' }));
    const rows = review[0]?.rows.map((row) => [row.label, row.value]);
    assert.deepEqual(rows?.slice(3), [['Mineur', 'Yes'], ['Responsable légal', 'Not answered']]);
  });
});

describe('answers written as on paper', () => {
  const written = loadProcedure({
    type: 'object',
    properties: {
      quand: { type: 'string', format: 'date-time', title: 'Quand' },
      heure: { type: 'string', format: 'time', title: 'Heure' },
      siret: { type: 'string', format: 'siret', title: 'SIRET' },
      justificatif: { type: 'string', format: 'data-url', title: 'Justificatif' },
      pieces: { type: 'array', title: 'Pièces', items: { type: 'string', format: 'data-url' } },
      contact: {
        title: 'Contact',
        oneOf: [
          { title: 'Par courriel', type: 'object', properties: { courriel: { type: 'string', title: 'Courriel' } } },
          { title: 'Par courrier', type: 'object', properties: { adresse: { type: 'string', title: 'Adresse' } } },
        ],
      },
    },
  });
  const data = {
    quand: '2024-07-14T14:30:00+02:00',
    heure: '09:05:00+01:00',
    siret: '35600000000048',
    justificatif: 'data:application/pdf;name=avis%20d%27imposition.pdf;base64,JVBERi0=',
    pieces: ['data:image/png;name=recto.png;base64,iVBORw==', 'data:image/png;name=verso.png;base64,iVBORw=='],
    contact: { adresse: '2 rue Haute' },
  };
  const rows = (locale: string): string[][] =>
    reviewSteps(createFormState(written, { data, locale })).flatMap((step) => step.rows.map((row) => [row.label, row.value]));

  it('should write times, identifiers and files as the person knows them, never as raw data', () => {
    assert.deepEqual(rows('fr'), [
      ['Quand', '14/07/2024 à 14:30'],
      ['Heure', '09:05'],
      ['SIRET', '356 000 000 00048'],
      ['Justificatif', "avis d'imposition.pdf"],
      ['Pièces', 'recto.png, verso.png'],
      ['Contact', 'Par courrier'],
      ['Adresse', '2 rue Haute'],
    ]);
    assert.equal(rows('en')[0]?.[1], '14/07/2024 at 14:30');
  });
});
