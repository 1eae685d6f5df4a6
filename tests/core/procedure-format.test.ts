import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { located, musicSchool, problemsOf } from './support.js';

describe('the procedure format, as its author is told', () => {
  it('should say what a value must be, naming it, in French and in English', () => {
    const input = musicSchool();
    input.id = 'Inscription Musique';
    const [problem] = problemsOf(input);
    assert.equal(problem?.pointer, '/id');
    assert.equal(problem?.code, 'invalid-value');
    assert.equal(problem?.message.fr, "« id » n'a pas la forme attendue (^[a-z0-9]+(-[a-z0-9]+)*$)");
    assert.equal(problem?.message.en, '“id” does not have the expected form (^[a-z0-9]+(-[a-z0-9]+)*$)');
  });

  it('should name the allowed values of a misspelt JSON Schema type', () => {
    const problems = problemsOf({ type: 'object', properties: { age: { type: 'entier' } } });
    assert.deepEqual(located(problems), [['/properties/age/type', 'invalid-schema']]);
    assert.match(problems[0]?.message.fr ?? '', /« type » doit valoir l'une de ces valeurs : array, boolean, integer/);
  });

  it('should require the French text of a translated text', () => {
    const input = musicSchool();
    input.title = { en: 'Music school enrolment' };
    const problems = problemsOf(input);
    assert.deepEqual(located(problems), [['/title/fr', 'missing-property']]);
  });

  it("should check the organisation's SIRET with its key", () => {
    const input = musicSchool();
    (input.organisation as Record<string, unknown>).siret = '21450001900003';
    const problems = problemsOf(input);
    assert.deepEqual(located(problems), [['/organisation/siret', 'invalid-value']]);
    assert.equal(problems[0]?.message.en, '“siret” must be in the siret format');
  });

  it('should refuse an optional purpose whose legal basis is not consent', () => {
    const input = musicSchool();
    const privacy = input.privacy as { purposes: Array<Record<string, unknown>> };
    privacy.purposes.push({ id: 'lettre', description: 'Lettre d’information', legalBasis: 'public-task', optional: true });
    const problems = problemsOf(input);
    assert.deepEqual(located(problems), [[`/privacy/purposes/${privacy.purposes.length - 1}/legalBasis`, 'invalid-value']]);
    assert.equal(problems[0]?.message.fr, '« legalBasis » doit valoir consent');
  });
});
