import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  checkPattern,
  createFormState,
  currentStep,
  loadProcedure,
  MAX_SCHEMA_DEPTH,
  MAX_SCHEMA_NODES,
  prepareProcedure,
  ProcedureError,
  validateData,
  type Problem,
} from '../../packages/core/src/index.js';
import { assertExplained, located, musicSchool, problemsOf, shownPointers } from './support.js';

/** The problems of a refused definition, each checked to say where and what in both languages. */
function refused(input: unknown): readonly Problem[] {
  const problems = problemsOf(input);
  assert.ok(problems.length > 0, 'a ProcedureError lists at least one problem');
  problems.forEach(assertExplained);
  for (const problem of problems) assert.equal(problem.severity, 'error', 'a ProcedureError lists only errors');
  return problems;
}

function codesAt(problems: readonly Problem[], pointer: string): string[] {
  return problems.filter((p) => p.pointer === pointer).map((p) => p.code);
}

/** A minimal valid procedure document around a data schema. */
function documentWith(schema: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'essai', version: '1', title: 'Essai', organisation: { name: 'Mairie' }, schema, ...extra };
}

const simpleSchema = {
  type: 'object',
  properties: { nom: { type: 'string', title: 'Nom' }, age: { type: 'integer', title: 'Âge' } },
};

describe('loadProcedure', () => {
  describe('what it accepts', () => {
    it('should load the music school procedure with its steps and without any warning', () => {
      const procedure = loadProcedure(musicSchool());
      assert.equal(procedure.derived, false);
      assert.equal(procedure.dialect, '2020-12');
      assert.deepEqual(procedure.warnings, []);
      assert.deepEqual(
        procedure.steps.map((s) => s.id),
        ['responsable', 'enfants', 'tarif', 'caf'],
      );
      assert.equal(procedure.document.id, 'inscription-ecole-musique');
    });

    it('should show the first step of the music school procedure in French and in English', () => {
      const procedure = loadProcedure(musicSchool());
      const fr = currentStep(createFormState(procedure));
      const en = currentStep(createFormState(procedure, { locale: 'en-GB' }));
      assert.equal(fr.title, 'Responsable légal');
      assert.equal(en.title, 'Parent or guardian');
      assert.equal(fr.description, 'La personne qui inscrit les enfants et recevra les factures.');
      assert.deepEqual(shownPointers(fr), ['/responsable']);
      const [paragraph] = en.items;
      assert.ok(paragraph?.kind === 'content');
      assert.equal(paragraph.text, 'All fields are required unless marked optional.');
    });

    it('should load a bare draft-07 schema and derive one step with every top-level field, titled like the schema', () => {
      const procedure = loadProcedure({
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: "Demande de carte d'électeur",
        description: 'Pour voter aux élections.',
        ...simpleSchema,
      });
      assert.equal(procedure.derived, true);
      assert.equal(procedure.dialect, 'draft-07');
      assert.equal(procedure.document.id, 'demande-de-carte-d-electeur');
      assert.equal(procedure.document.description, 'Pour voter aux élections.');
      assert.deepEqual(procedure.steps, [{ id: 'questions', title: "Demande de carte d'électeur", items: ['/nom', '/age'] }]);
      assert.deepEqual(procedure.warnings, [], 'a bare schema has no place for privacy: no warning about it');
      const step = currentStep(createFormState(procedure));
      assert.equal(step.title, "Demande de carte d'électeur");
      assert.equal(step.position, 'Étape 1 sur 1');
    });

    it('should load a bare 2020-12 schema, named by $schema or recognised by its keywords', () => {
      const named = loadProcedure({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...simpleSchema });
      assert.equal(named.dialect, '2020-12');
      const recognised = loadProcedure({
        type: 'object',
        properties: { enfant: { $ref: '#/$defs/personne' } },
        $defs: { personne: { type: 'object', properties: { nom: { type: 'string' } } } },
      });
      assert.equal(recognised.dialect, '2020-12');
      assert.deepEqual(recognised.steps[0]?.items, ['/enfant']);
    });

    it('should read a draft-06 $schema as draft-07', () => {
      assert.equal(loadProcedure({ $schema: 'http://json-schema.org/draft-06/schema#', ...simpleSchema }).dialect, 'draft-07');
    });

    it('should load the JSON text of a procedure and of a bare schema', () => {
      const procedure = loadProcedure(JSON.stringify(musicSchool()));
      assert.equal(procedure.document.id, 'inscription-ecole-musique');
      const bare = loadProcedure(JSON.stringify(simpleSchema));
      assert.equal(bare.derived, true);
      assert.deepEqual(bare.steps[0]?.items, ['/nom', '/age']);
    });

    it('should title a bare schema without a title "Formulaire" in French and "Form" in English', () => {
      const procedure = loadProcedure(simpleSchema);
      assert.equal(procedure.document.id, 'formulaire');
      assert.equal(currentStep(createFormState(procedure)).title, 'Formulaire');
      assert.equal(currentStep(createFormState(procedure, { locale: 'en' })).title, 'Form');
    });

    it('should give a bare schema the top-level fields of its branches too (allOf, then, dependencies)', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { a: { type: 'boolean' } },
        allOf: [{ properties: { b: { type: 'string' } } }],
        if: { properties: { a: { const: true } }, required: ['a'] },
        then: { properties: { c: { type: 'string' } } },
        dependencies: { b: { properties: { d: { type: 'string' } } } },
      });
      assert.deepEqual(procedure.steps[0]?.items, ['/a', '/b', '/c', '/d']);
    });

    it('should load a recursive tree schema: recursion through properties or items is not a cycle', () => {
      const procedure = loadProcedure({
        definitions: {
          node: {
            type: 'object',
            properties: {
              name: { type: 'string', title: 'Nom' },
              children: { type: 'array', title: 'Enfants', items: { $ref: '#/definitions/node' } },
            },
          },
        },
        type: 'object',
        properties: { tree: { $ref: '#/definitions/node', title: 'Arbre' } },
      });
      const state = createFormState(procedure, { data: { tree: { name: 'racine', children: [{ name: 'feuille' }] } } });
      const [tree] = currentStep(state).items;
      assert.ok(tree?.kind === 'field');
      assert.equal(tree.label, 'Arbre');
      assert.equal(tree.widget, 'group');
    });

    it('should return a frozen procedure', () => {
      assert.ok(Object.isFrozen(loadProcedure(simpleSchema)));
    });
  });

  describe('what it refuses', () => {
    it('should refuse a text that is not JSON, saying so at the root', () => {
      const problems = refused('{ "id": "essai", ');
      assert.deepEqual(located(problems), [['', 'not-json']]);
      assert.match(problems[0]?.message.fr ?? '', /JSON/);
    });

    it('should refuse what is not a JSON object: an array, null, a number, the schema true', () => {
      for (const input of [[], 'null', 42, true, '"texte"']) {
        assert.deepEqual(located(refused(input)), [['', 'not-object']], JSON.stringify(input));
      }
    });

    it('should throw a ProcedureError whose message names the pointers', () => {
      try {
        loadProcedure(documentWith(simpleSchema, { etapes: [] }));
        assert.fail('expected a ProcedureError');
      } catch (error) {
        assert.ok(error instanceof ProcedureError);
        assert.equal(error.name, 'ProcedureError');
        assert.match(error.message, /\/etapes/);
      }
    });

    it('should name an unknown property of the document (a typo) at its own pointer', () => {
      const problems = refused(documentWith(simpleSchema, { stpes: [{ id: 'a', title: 'A', items: ['/nom'] }] }));
      assert.deepEqual(located(problems), [['/stpes', 'unknown-property']]);
      assert.match(problems[0]?.message.fr ?? '', /stpes/);
      assert.match(problems[0]?.message.en ?? '', /stpes/);
    });

    it('should name every missing required property at once', () => {
      const problems = refused({ version: '1', title: 'Essai', schema: simpleSchema });
      assert.deepEqual(located(problems), [
        ['/id', 'missing-property'],
        ['/organisation', 'missing-property'],
      ]);
      assert.match(problems[0]?.message.fr ?? '', /« id »/);
      assert.match(problems[1]?.message.en ?? '', /“organisation”/);
    });

    it('should refuse an invalid JSON Schema at the pointer of the wrong keyword', () => {
      const problems = refused(documentWith({ type: 'object', properties: { nom: { type: 'strng' } } }));
      assert.deepEqual(located(problems), [['/schema/properties/nom/type', 'invalid-schema']]);
      assert.match(problems[0]?.message.en ?? '', /not a valid JSON Schema/);
    });

    it('should list the problems of the document and of its schema together', () => {
      const problems = refused({
        version: '1',
        title: 'Essai',
        organisation: { name: 'Mairie' },
        descripton: 'faute de frappe',
        schema: {
          type: 'object',
          properties: {
            code: { type: 'string', pattern: '^(a+)+$' },
            lien: { $ref: '#/definitions/absent' },
            age: { type: 'integer', minimum: 'zéro' },
          },
        },
      });
      assert.deepEqual(located(problems).sort(), [
        ['/descripton', 'unknown-property'],
        ['/id', 'missing-property'],
        ['/schema/properties/age/minimum', 'invalid-schema'],
        ['/schema/properties/code/pattern', 'pattern-unsafe'],
        ['/schema/properties/lien/$ref', 'ref-missing'],
      ]);
    });

    it('should refuse a schema whose root is not an object', () => {
      assert.deepEqual(located(refused({ type: 'array', items: { type: 'string' } })), [['/type', 'schema-not-object']]);
      assert.deepEqual(located(refused(documentWith('pas un schéma'))), [
        ['/schema', 'invalid-value'],
        ['/schema', 'schema-not-object'],
      ]);
    });

    describe('references', () => {
      it('should refuse a $ref that leads nowhere', () => {
        const problems = refused({ type: 'object', properties: { a: { $ref: '#/$defs/absent' } } });
        assert.deepEqual(located(problems), [['/properties/a/$ref', 'ref-missing']]);
        assert.match(problems[0]?.message.fr ?? '', /#\/\$defs\/absent/);
      });

      it('should refuse a $ref to another document, never fetching it', () => {
        const problems = refused(documentWith({ type: 'object', properties: { a: { $ref: 'https://example.com/schemas/adresse.json' } } }));
        assert.deepEqual(located(problems), [['/schema/properties/a/$ref', 'ref-external']]);
      });

      it('should refuse a cycle of references (#/a → #/b → #/a) instead of hanging', () => {
        const problems = refused({
          type: 'object',
          properties: { x: { $ref: '#/definitions/a' } },
          definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } },
        });
        assert.deepEqual(codesAt(problems, '/definitions/b/$ref'), ['ref-cycle']);
        assert.ok(problems.every((p) => p.code === 'ref-cycle'));
      });

      it('should refuse a schema that includes itself in place (allOf: [{ $ref: "#" }])', () => {
        const problems = refused({ type: 'object', properties: { a: { type: 'string' } }, allOf: [{ $ref: '#' }] });
        assert.deepEqual(located(problems), [['/allOf/0/$ref', 'ref-cycle']]);
      });

      it('should list a missing, an external and a cyclic reference at once', () => {
        const problems = refused({
          type: 'object',
          properties: { a: { $ref: '#/definitions/absent' }, b: { $ref: 'adresse.json' }, c: { $ref: '#/definitions/c' } },
          definitions: { c: { allOf: [{ $ref: '#/definitions/c' }] } },
        });
        assert.deepEqual(located(problems), [
          ['/properties/a/$ref', 'ref-missing'],
          ['/properties/b/$ref', 'ref-external'],
          ['/definitions/c/allOf/0/$ref', 'ref-cycle'],
        ]);
      });
    });

    describe('unsupported JSON Schema', () => {
      it('should refuse $dynamicRef and $recursiveRef, advising a plain $ref', () => {
        const problems = refused({
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          type: 'object',
          properties: { a: { $dynamicRef: '#noeud' }, b: { $recursiveRef: '#' } },
        });
        assert.deepEqual(codesAt(problems, '/properties/a/$dynamicRef'), ['unsupported-keyword']);
        assert.deepEqual(codesAt(problems, '/properties/b/$recursiveRef'), ['unsupported-keyword']);
        assert.match(problems.find((p) => p.code === 'unsupported-keyword')?.message.en ?? '', /\$ref/);
      });

      it('should refuse a boolean exclusiveMinimum (draft-04 style), saying to write a number', () => {
        const problems = refused({ type: 'object', properties: { n: { type: 'number', minimum: 0, exclusiveMinimum: true } } });
        assert.ok(codesAt(problems, '/properties/n/exclusiveMinimum').includes('unsupported-keyword'));
        const advice = problems.find((p) => p.code === 'unsupported-keyword');
        assert.match(advice?.message.fr ?? '', /exclusiveMinimum/);
      });

      it('should refuse a list of schemas in items under 2020-12, pointing to prefixItems', () => {
        const problems = refused({
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          type: 'object',
          properties: { t: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }] } },
        });
        const advice = problems.find((p) => p.code === 'unsupported-keyword');
        assert.equal(advice?.pointer, '/properties/t/items');
        assert.match(advice?.message.en ?? '', /prefixItems/);
      });

      it('should accept a list of schemas in items under draft-07', () => {
        assert.doesNotThrow(() => loadProcedure({ type: 'object', properties: { t: { type: 'array', items: [{ type: 'string' }] } } }));
      });

      it('should refuse a $schema other than draft-07 and 2020-12 (draft 2019-09)', () => {
        const uri = 'https://json-schema.org/draft/2019-09/schema';
        assert.deepEqual(located(refused({ $schema: uri, ...simpleSchema })), [['/$schema', 'unsupported-dialect']]);
        const problems = refused(documentWith({ $schema: uri, ...simpleSchema }));
        assert.deepEqual(located(problems), [['/schema/$schema', 'unsupported-dialect']]);
        assert.match(problems[0]?.message.fr ?? '', /2019-09/);
      });

      it('should refuse a property named __proto__, which the validator would silently skip', () => {
        const schema: unknown = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string","minLength":3}}}');
        const problems = refused(schema);
        assert.deepEqual(located(problems), [['/properties/__proto__', 'reserved-name']]);
        assert.match(problems[0]?.message.fr ?? '', /__proto__/);
        assert.equal(({} as Record<string, unknown>).minLength, undefined);
      });
    });

    describe('limits', () => {
      it(`should refuse a schema nested deeper than MAX_SCHEMA_DEPTH (${MAX_SCHEMA_DEPTH}) with one problem, not a stack overflow`, () => {
        let schema: Record<string, unknown> = { type: 'string' };
        for (let i = 0; i < 200; i++) schema = { type: 'object', properties: { n: schema } };
        const problems = refused(schema);
        assert.deepEqual(problems.map((p) => p.code), ['too-deep']);
        assert.ok(problems[0]?.pointer.startsWith('/properties/n/properties/n/'));
        assert.match(problems[0]?.message.fr ?? '', new RegExp(String(MAX_SCHEMA_DEPTH)));
      });

      it('should load a schema exactly as deep as the limit allows', () => {
        let schema: Record<string, unknown> = { type: 'string' };
        for (let i = 0; i < MAX_SCHEMA_DEPTH / 2; i++) schema = { type: 'object', properties: { n: schema } };
        assert.doesNotThrow(() => loadProcedure(schema));
      });

      it(`should refuse a schema with more than MAX_SCHEMA_NODES (${MAX_SCHEMA_NODES}) subschemas`, () => {
        const properties: Record<string, unknown> = {};
        for (let i = 0; i <= MAX_SCHEMA_NODES; i++) properties[`q${i}`] = { type: 'string' };
        assert.deepEqual(refused({ type: 'object', properties }).map((p) => p.code), ['too-large']);
      });
    });

    describe('regular expressions', () => {
      it('should refuse a pattern that backtracks catastrophically (ReDoS), at its pointer', () => {
        const problems = refused(documentWith({ type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } }));
        assert.deepEqual(located(problems), [['/schema/properties/code/pattern', 'pattern-unsafe']]);
        assert.match(problems[0]?.message.fr ?? '', /\^\(a\+\)\+\$/);
      });

      it('should refuse a catastrophic patternProperties key too', () => {
        const problems = refused({ type: 'object', properties: { a: { type: 'string' } }, patternProperties: { '^([a-z]+\\s?)*$': { type: 'string' } } });
        assert.deepEqual(located(problems), [['/patternProperties/^([a-z]+\\s?)*$', 'pattern-unsafe']]);
      });

      it('should refuse the classic catastrophic patterns', () => {
        for (const pattern of ['^(a+)+$', '^(\\d+)*$', '^([a-z]+\\s?)*$', '^(\\w+\\s?)*$', '^\\S+@\\S+\\.\\S+$']) {
          assert.equal(checkPattern(pattern), 'unsafe', pattern);
        }
      });

      it('should refuse a pattern the detector cannot prove safe (never settled: (a|a)*)', () => {
        const problems = refused({ type: 'object', properties: { a: { type: 'string', pattern: '^(a|a)*$' } } });
        assert.deepEqual(located(problems), [['/properties/a/pattern', 'pattern-unsafe']]);
      });

      it('should refuse the GEDCOM X date pattern of the JSON Forms samples, which the detector scores as unbounded', () => {
        const gedcom =
          '^(A?[\\+-]\\d{4}(-\\d{2})?(-\\d{2})?T?(\\d{2})?(:\\d{2})?(:\\d{2})?([\\+-]\\d{2}(:\\d{2})?|Z)?)|(P(\\d{0,4}Y)?(\\d{0,4}M)?(\\d{0,4}D)?(T(\\d{0,4}H)?(\\d{0,4}M)?(\\d{0,4}S)?)?)$';
        assert.equal(checkPattern(gedcom), 'unsafe');
      });

      it('should load safe patterns of French procedures', () => {
        for (const pattern of ['^[0-9]{5}$', '^(\\+33|0)[1-9]( ?[0-9]{2}){4}$', "^[A-Za-zÀ-ÖØ-öø-ÿ' -]+$", '^\\d{4}-\\d{2}-\\d{2}$']) {
          assert.equal(checkPattern(pattern), 'safe', pattern);
          assert.doesNotThrow(() => loadProcedure({ type: 'object', properties: { a: { type: 'string', pattern } } }), pattern);
        }
      });

      it('should refuse a pattern that is not a valid regular expression', () => {
        const problems = refused({ type: 'object', properties: { a: { type: 'string', pattern: '([a-z' } } });
        assert.deepEqual(located(problems), [['/properties/a/pattern', 'pattern-invalid']]);
        assert.equal(checkPattern('([a-z'), 'invalid');
      });
    });

    describe('steps and presentation', () => {
      const schema = {
        type: 'object',
        properties: {
          nom: { type: 'string' },
          prenom: { type: 'string' },
          email: { type: 'string', format: 'email' },
          adresse: { type: 'object', properties: { ville: { type: 'string' } } },
        },
      };

      it('should list every step problem at once: unknown field, field in two steps, field in no step, repeated id', () => {
        const problems = refused(
          documentWith(schema, {
            steps: [
              { id: 'identite', title: 'Identité', items: ['/nom', '/telephone', '/adresse'] },
              { id: 'identite', title: 'Contact', items: ['/nom', '/adresse/ville'] },
            ],
          }),
        );
        assert.deepEqual(located(problems), [
          ['/steps/0/items/1', 'step-field-unknown'],
          ['/steps/1/id', 'step-id-repeated'],
          ['/steps/1/items/0', 'step-field-repeated'],
          ['/steps/1/items/1', 'step-field-repeated'],
          ['/steps', 'field-in-no-step'],
          ['/steps', 'field-in-no-step'],
        ]);
        const noStep = problems.filter((p) => p.code === 'field-in-no-step').map((p) => p.message.fr);
        assert.match(noStep[0] ?? '', /\/prenom/);
        assert.match(noStep[1] ?? '', /\/email/);
        assert.match(problems[0]?.message.en ?? '', /\/telephone/);
      });

      it('should refuse a presentation of a field the schema does not have', () => {
        const problems = refused(
          documentWith(schema, {
            steps: [{ id: 'tout', title: 'Tout', items: ['/nom', '/prenom', '/email', '/adresse'] }],
            fields: { '/nom': { label: 'Nom' }, '/telephone': { label: 'Téléphone' } },
          }),
        );
        assert.deepEqual(located(problems), [['/fields/~1telephone', 'presentation-unknown']]);
      });

      it('should accept presentation keys of fields inside repeatable groups and conditions', () => {
        assert.doesNotThrow(() => loadProcedure(musicSchool()));
        const document = musicSchool();
        (document.fields as Record<string, unknown>)['/enfants/*/instrumnt'] = { label: 'Faute' };
        assert.deepEqual(located(refused(document)), [['/fields/~1enfants~1*~1instrumnt', 'presentation-unknown']]);
      });

      it('should report a value of the wrong shape in the document at its pointer', () => {
        const document = musicSchool();
        document.id = 'Inscription École';
        (document.privacy as Record<string, unknown>).retention = { duration: 'trois ans' };
        assert.deepEqual(located(refused(document)), [
          ['/id', 'invalid-value'],
          ['/privacy/retention/duration', 'invalid-value'],
        ]);
      });
    });
  });

  describe('warnings', () => {
    it('should load a procedure without privacy, with a privacy-missing warning in both languages', () => {
      const procedure = loadProcedure(documentWith(simpleSchema));
      assert.deepEqual(located(procedure.warnings), [['', 'privacy-missing']]);
      procedure.warnings.forEach(assertExplained);
      assert.equal(procedure.warnings[0]?.severity, 'warning');
      assert.match(procedure.warnings[0]?.message.fr ?? '', /RGPD/);
    });

    it('should load an unknown format with a warning, not an error', () => {
      const procedure = loadProcedure({ type: 'object', properties: { couleur: { type: 'string', format: 'couleur-hexa' } } });
      assert.deepEqual(located(procedure.warnings), [['/properties/couleur/format', 'unknown-format']]);
      procedure.warnings.forEach(assertExplained);
      assert.match(procedure.warnings[0]?.message.en ?? '', /couleur-hexa/);
    });

    it('should know the French formats and the standard ones without warning', () => {
      const formats = ['fr-postal-code', 'fr-phone', 'siren', 'siret', 'iban', 'nir', 'email', 'date', 'uri', 'data-url'];
      const properties = Object.fromEntries(formats.map((format) => [format, { type: 'string', format }]));
      assert.deepEqual(loadProcedure({ type: 'object', properties }).warnings, []);
    });
  });
});

describe('compiling later (what a form does, to show its questions first)', () => {
  const clash = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: { nom: { type: 'string', title: 'Nom' } },
  };

  it('should load a schema without compiling it, then refuse it at prepareProcedure as loadProcedure would', () => {
    assert.throws(() => loadProcedure(clash), (error: unknown) => error instanceof ProcedureError && error.problems[0]?.code === 'compile-failed');
    const procedure = loadProcedure(clash, { compile: 'later' });
    assert.deepEqual(procedure.steps[0]?.items, ['/nom']);
    assert.throws(() => { prepareProcedure(procedure); }, (error: unknown) => error instanceof ProcedureError && error.problems[0]?.code === 'compile-failed');
    assert.throws(() => validateData(procedure, {}), ProcedureError);
  });

  it('should check the schema against its meta-schema at prepareProcedure, with the problems loadProcedure gives', () => {
    const invalid = { type: 'object', properties: { nom: { type: 'string', minLength: -1 } } };
    const now = problemsOf(invalid);
    const later = loadProcedure(invalid, { compile: 'later' });
    assert.throws(
      () => {
        prepareProcedure(later);
      },
      (error: unknown) => error instanceof ProcedureError && JSON.stringify(error.problems) === JSON.stringify(now),
    );
    assert.deepEqual(now.map((p) => p.code), ['invalid-schema']);
  });

  it('should validate a schema that compiles as if it had been compiled at load', () => {
    const schema = { type: 'object', required: ['nom'], properties: { nom: { type: 'string', title: 'Nom' } } };
    const later = loadProcedure(schema, { compile: 'later' });
    assert.deepEqual(validateData(later, {}), validateData(loadProcedure(schema), {}));
    assert.doesNotThrow(() => { prepareProcedure(later); });
  });
});
