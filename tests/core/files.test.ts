import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { loadProcedure, readFileAnswer, validateSubmission } from '../../packages/core/src/index.js';

const pdf = (name: string, bytes: number): string => `data:application/pdf;name=${encodeURIComponent(name)};base64,${Buffer.alloc(bytes).toString('base64')}`;
const png = (name: string): string => `data:image/png;name=${name};base64,${Buffer.alloc(10).toString('base64')}`;

const procedure = loadProcedure({
  id: 'justificatifs',
  version: '1',
  title: 'Justificatifs',
  organisation: { name: 'Commune' },
  schema: {
    type: 'object',
    properties: {
      justificatif: { type: 'string', format: 'data-url', title: 'Justificatif de domicile' },
      photos: { type: 'array', title: 'Photos', items: { type: 'string', format: 'data-url' } },
    },
  },
  fields: {
    '/justificatif': { file: { accept: ['application/pdf', '.jpg'], maxSize: 1024 } },
    '/photos': { file: { accept: ['image/*'], multiple: true } },
  },
});

describe('file answers (pièces justificatives)', () => {
  it('should read the type, name and size of a data URL', () => {
    assert.deepEqual(readFileAnswer(pdf('acte de naissance.pdf', 5)), { type: 'application/pdf', name: 'acte de naissance.pdf', size: 5 });
    assert.equal(readFileAnswer('not a file'), undefined);
    assert.equal(readFileAnswer(42), undefined);
  });

  it('should accept a file of an accepted type within the size, on the server as in the form', () => {
    assert.deepEqual(validateSubmission(procedure, { data: { justificatif: pdf('facture.pdf', 1024), photos: [png('a.png')] } }).errors, []);
  });

  it('should refuse a file of another type, naming the file and the accepted types, in both languages', () => {
    const data = { justificatif: png('photo.png') };
    assert.deepEqual(validateSubmission(procedure, { data }).errors, [
      { pointer: '/justificatif', keyword: 'fileType', message: "Le fichier « photo.png » n'est pas accepté : choisissez un fichier PDF, JPG" },
    ]);
    assert.equal(validateSubmission(procedure, { data }, { locale: 'en' }).errors[0]?.message, 'The file “photo.png” is not accepted: choose a PDF, JPG file');
  });

  it('should refuse a file that is too large, saying the limit', () => {
    const [error] = validateSubmission(procedure, { data: { justificatif: pdf('facture.pdf', 2048) } }).errors;
    assert.deepEqual(error, { pointer: '/justificatif', keyword: 'fileSize', message: 'Le fichier « facture.pdf » est trop lourd : il doit peser au plus 1 Ko' });
  });

  it('should check every file of a list', () => {
    const errors = validateSubmission(procedure, { data: { photos: [png('a.png'), pdf('b.pdf', 3)] } }).errors;
    assert.deepEqual(errors.map((e) => [e.pointer, e.keyword]), [['/photos', 'fileType']]);
  });
});
