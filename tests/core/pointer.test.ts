import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  childPointer,
  escapeToken,
  formatPointer,
  getAt,
  idForPointer,
  isPointer,
  isWithin,
  parsePointer,
  setAt,
} from '../../packages/core/src/index.js';

/** Freezes a value and everything in it, so that any mutation throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('JSON pointers', () => {
  describe('parsePointer, formatPointer, escapeToken', () => {
    it('should unescape ~1 to / and ~0 to ~, in that order', () => {
      assert.deepEqual(parsePointer(''), []);
      assert.deepEqual(parsePointer('/'), ['']);
      assert.deepEqual(parsePointer('/a~1b/c~0d'), ['a/b', 'c~d']);
      assert.deepEqual(parsePointer('/~01'), ['~1'], '~01 is the text ~1, not /');
      assert.deepEqual(parsePointer('/enfants/0/nom'), ['enfants', '0', 'nom']);
    });

    it('should escape ~ before / so that every token comes back unchanged', () => {
      assert.equal(escapeToken('a/b~c'), 'a~1b~0c');
      assert.equal(formatPointer(['enfants', 0, 'nom']), '/enfants/0/nom');
      const tokens = ['a/b', 'c~d', '~1', '~0/', '', ' ', '__proto__', 'é', '😀', '*'];
      assert.deepEqual(parsePointer(formatPointer(tokens)), tokens);
    });

    it('should refuse a pointer that does not start with /', () => {
      assert.throws(() => parsePointer('enfants/0'), SyntaxError);
      assert.throws(() => parsePointer('#/enfants'), SyntaxError);
    });

    it('should tell well-formed pointers from malformed ones', () => {
      for (const good of ['', '/', '/a', '/a~0b', '/a~1b', '//', '/0/-']) assert.equal(isPointer(good), true, good);
      for (const bad of ['a', '#/a', '/a~', '/a~2', '/~a']) assert.equal(isPointer(bad), false, bad);
    });
  });

  describe('childPointer and isWithin', () => {
    it('should append escaped tokens', () => {
      assert.equal(childPointer('/fields', '/enfants/*/nom'), '/fields/~1enfants~1*~1nom');
      assert.equal(childPointer('', 'enfants', 2, 'nom'), '/enfants/2/nom');
    });

    it('should say whether a pointer is a location or inside it, token by token', () => {
      assert.equal(isWithin('/enfants/0/nom', '/enfants'), true);
      assert.equal(isWithin('/enfants', '/enfants'), true);
      assert.equal(isWithin('/enfantsbis', '/enfants'), false);
      assert.equal(isWithin('/enfants', '/enfants/0'), false);
      assert.equal(isWithin('/a', ''), true);
    });
  });

  describe('getAt', () => {
    const document = deepFreeze({ enfants: [{ nom: 'Léa' }, { nom: 'Hugo', notes: [12, 15] }], 'a/b': { 'c~d': 1 }, vide: null });

    it('should read objects and arrays, escaped names included', () => {
      assert.equal(getAt(document, '/enfants/1/nom'), 'Hugo');
      assert.equal(getAt(document, '/enfants/1/notes/1'), 15);
      assert.equal(getAt(document, '/a~1b/c~0d'), 1);
      assert.equal(getAt(document, '/vide'), null);
      assert.equal(getAt(document, ''), document);
    });

    it('should give undefined for what is not there, never throwing', () => {
      assert.equal(getAt(document, '/enfants/2/nom'), undefined);
      assert.equal(getAt(document, '/enfants/01'), undefined);
      assert.equal(getAt(document, '/enfants/-'), undefined);
      assert.equal(getAt(document, '/enfants/length'), undefined);
      assert.equal(getAt(document, '/enfants/0/nom/0'), undefined);
      assert.equal(getAt(document, '/vide/x'), undefined);
      assert.equal(getAt('texte', '/0'), undefined);
    });

    it('should follow own properties only, never the prototype', () => {
      assert.equal(getAt({}, '/__proto__'), undefined);
      assert.equal(getAt({}, '/constructor'), undefined);
      assert.equal(getAt({}, '/toString'), undefined);
      assert.equal(getAt([], '/constructor'), undefined);
      const own: unknown = JSON.parse('{"__proto__": {"x": 1}}');
      assert.equal(getAt(own, '/__proto__/x'), 1);
    });
  });

  describe('setAt', () => {
    it('should return a new document and leave the old one untouched', () => {
      const before = deepFreeze({ demandeur: { nom: 'Martin', prenom: 'Claire' }, enfants: [{ nom: 'Léa' }] });
      const after = setAt(before, '/demandeur/nom', 'Durand') as typeof before;
      assert.deepEqual(after, { demandeur: { nom: 'Durand', prenom: 'Claire' }, enfants: [{ nom: 'Léa' }] });
      assert.equal(before.demandeur.nom, 'Martin');
      assert.equal(after.enfants, before.enfants, 'an unchanged branch is shared');
    });

    it('should return the very same document when nothing changes', () => {
      const document = deepFreeze({ a: { b: 1 }, l: [1, 2] });
      assert.equal(setAt(document, '/a/b', 1), document);
      assert.equal(setAt(document, '/a', document.a), document);
      assert.equal(setAt(document, '/l/1', 2), document);
      assert.equal(setAt(document, '/absent', undefined), document);
      assert.equal(setAt(document, '/a/absent', undefined), document);
    });

    it('should create the objects on the way', () => {
      assert.deepEqual(setAt({}, '/demandeur/adresse/ville', 'Orléans'), { demandeur: { adresse: { ville: 'Orléans' } } });
      assert.deepEqual(setAt(undefined, '/a', 1), { a: 1 });
    });

    it('should remove a property set to undefined, keeping the others', () => {
      const document = deepFreeze({ a: 1, b: { c: 2, d: 3 } });
      const after = setAt(document, '/b/c', undefined);
      assert.deepEqual(after, { a: 1, b: { d: 3 } });
      assert.ok(!Object.prototype.hasOwnProperty.call((after as typeof document).b, 'c'));
    });

    it('should set and remove array items by index, copying the array', () => {
      const document = deepFreeze({ l: ['a', 'b', 'c'] });
      assert.deepEqual(setAt(document, '/l/1', 'B'), { l: ['a', 'B', 'c'] });
      assert.deepEqual(setAt(document, '/l/3', 'd'), { l: ['a', 'b', 'c', 'd'] });
      assert.deepEqual(setAt(document, '/l/2', undefined), { l: ['a', 'b'] });
      assert.deepEqual(setAt(document, '/l/0', undefined), { l: ['b', 'c'] }, 'removing an item closes the gap');
      assert.equal(setAt(document, '/l/x', 1), document, 'an array is entered by index only');
      assert.deepEqual(setAt(document, '/l/0/x', 1), { l: [{ x: 1 }, 'b', 'c'] });
    });

    it('should replace the whole document at the empty pointer', () => {
      assert.deepEqual(setAt({ a: 1 }, '', { b: 2 }), { b: 2 });
    });

    it('should write __proto__, constructor and prototype as own data, polluting nothing', () => {
      const after = setAt(setAt(setAt({}, '/__proto__/polluted', true), '/constructor/prototype/polluted', true), '/prototype', 1);
      assert.deepEqual(Object.keys(after as object), ['__proto__', 'constructor', 'prototype']);
      assert.equal(Object.getPrototypeOf(after), Object.prototype);
      assert.equal(getAt(after, '/__proto__/polluted'), true);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    });
  });

  describe('idForPointer', () => {
    it('should derive readable ids from simple pointers', () => {
      assert.equal(idForPointer('/demandeur/nom'), 'g-demandeur-nom');
      assert.equal(idForPointer('/enfants/0/nom'), 'g-enfants-0-nom');
      assert.equal(idForPointer('/nom', 'x'), 'x-nom');
    });

    it('should give different pointers different ids, whatever their names', () => {
      const pointers = [
        '', '/', '//', '/a', '/a/', '/a//b', '/a/b', '/a-b', '/a.b', '/a.2d.b', '/a_b', '/a b', '/a~1b', '/a~0b',
        '/é', '/e\u0301', '/😀', '/0', '/00', '/-', '/.', '/A', '/a/0', '/a0', '/__proto__', '/constructor',
      ];
      const ids = pointers.map((p) => idForPointer(p));
      assert.equal(new Set(ids).size, pointers.length, ids.join(' '));
    });

    it('should give ids that are valid in HTML and safe in CSS selectors', () => {
      for (const pointer of ['/a b', '/é', '/😀', '/"><script>', '/a/b c/0', '/', '/\t\n']) {
        const id = idForPointer(pointer);
        assert.match(id, /^[A-Za-z][A-Za-z0-9_.-]*$/, `${JSON.stringify(pointer)} → ${id}`);
      }
    });
  });
});
