import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { fileKeys, loadProcedure, multipartPayload } from '../../packages/core/src/index.js';

const pdf = `data:application/pdf;name=${encodeURIComponent('acte de naissance.pdf')};base64,${Buffer.from('%PDF-1').toString('base64')}`;
const png = (name: string): string => `data:image/png;name=${name};base64,${Buffer.from([137, 80, 78, 71]).toString('base64')}`;

const procedure = loadProcedure({
  id: 'justificatifs',
  version: '1',
  title: 'Justificatifs',
  organisation: { name: 'Commune' },
  schema: {
    type: 'object',
    properties: {
      nom: { type: 'string' },
      justificatif: { type: 'string', format: 'data-url' },
      photos: { type: 'array', items: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' } },
      enfants: { type: 'array', items: { $ref: '#/$defs/enfant' } },
    },
    $defs: { enfant: { type: 'object', properties: { prenom: { type: 'string' }, certificat: { type: 'string' } } } },
  },
  fields: { '/enfants/*/certificat': { widget: 'file' } },
  submission: { endpoint: '/api/recevoir', encoding: 'multipart' },
});

describe('multipartPayload', () => {
  it('should know the file questions from the schema and the presentation', () => {
    assert.deepEqual([...fileKeys(procedure)].sort(), ['/enfants/*/certificat', '/justificatif', '/photos/*']);
  });

  it('should make each file a part named by its pointer, and replace it in the JSON', () => {
    const envelope = {
      procedure: { id: 'justificatifs', version: '1' },
      data: { nom: 'data:text/plain,not a file', justificatif: pdf, photos: [png('a.png'), png('b.png')], enfants: [{ prenom: 'Léa', certificat: png('c.png') }] },
    };
    const { json, files } = multipartPayload(procedure, envelope);
    assert.deepEqual(
      files.map((f) => [f.pointer, f.name, f.type, f.bytes.length]).sort(),
      [
        ['/enfants/0/certificat', 'c.png', 'image/png', 4],
        ['/justificatif', 'acte de naissance.pdf', 'application/pdf', 6],
        ['/photos/0', 'a.png', 'image/png', 4],
        ['/photos/1', 'b.png', 'image/png', 4],
      ],
    );
    assert.equal(Buffer.from(files.find((f) => f.pointer === '/justificatif')?.bytes ?? []).toString(), '%PDF-1');
    const sent = JSON.parse(json) as { procedure: unknown; data: Record<string, unknown> };
    assert.deepEqual(sent.procedure, envelope.procedure);
    assert.equal(sent.data.nom, 'data:text/plain,not a file');
    assert.deepEqual(sent.data.justificatif, { part: '/justificatif', name: 'acte de naissance.pdf', type: 'application/pdf', size: 6 });
    assert.deepEqual((sent.data.photos as unknown[])[1], { part: '/photos/1', name: 'b.png', type: 'image/png', size: 4 });
    assert.ok(!json.includes('base64'));
    // The answers given are not changed.
    assert.equal(envelope.data.justificatif, pdf);
  });

  it('should decode a percent-encoded file answer to its bytes', () => {
    const { files } = multipartPayload(procedure, { data: { justificatif: 'data:text/plain;name=note.txt,h%C3%A9llo%2' } });
    assert.equal(Buffer.from(files[0]?.bytes ?? []).toString('latin1'), Buffer.from('héllo%2').toString('latin1'));
  });

  it('should send no part when there is no file answer', () => {
    assert.deepEqual(multipartPayload(procedure, { data: { nom: 'Dupont' } }), { json: '{"data":{"nom":"Dupont"}}', files: [] });
  });
});
