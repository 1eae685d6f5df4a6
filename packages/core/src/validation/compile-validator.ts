import ajvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { isObject } from '../json.js';
import { childPointer } from '../pointer.js';
import { loadProcedure } from '../procedure/load.js';
import type { SchemaObject } from '../schema/types.js';
import { walkSchema } from '../schema/walk.js';
import { ajvWithSchema, createAjv, schemaKey, schemaRef } from './ajv.js';
import { fingerprint, FORMATS_MODULE, PRECOMPILED_FORMAT } from './precompiled.js';

/** A JavaScript string literal: JSON's, with the two line separators JSON allows raw escaped. */
function literal(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * A copy of the schema without the annotations that do not change what is valid (titles,
 * descriptions, examples, comments): ajv's code embeds the schema it checks, and the procedure
 * already carries them. Subschemas keep their pointers; a property named `title` stays.
 */
function withoutAnnotations(schema: SchemaObject): SchemaObject {
  const copy = JSON.parse(JSON.stringify(schema)) as SchemaObject;
  walkSchema(copy, ({ node }) => {
    delete node.title;
    delete node.description;
    delete node.examples;
    delete node.$comment;
  });
  return copy;
}

/** The subschemas core tests data against, besides the whole: each `if`, each branch of `oneOf`/`anyOf`. */
function testedPointers(schema: SchemaObject): string[] {
  const pointers: string[] = [];
  walkSchema(schema, ({ node, pointer }) => {
    if (isObject(node.if)) pointers.push(childPointer(pointer, 'if'));
    for (const keyword of ['oneOf', 'anyOf']) {
      const branches = node[keyword];
      if (Array.isArray(branches)) branches.forEach((_, i) => pointers.push(childPointer(pointer, keyword, i)));
    }
  });
  return pointers;
}

/**
 * Compiles a procedure's validator ahead, when it is published: the text of an ES module whose
 * default export `<guichet-form>` takes (`validator-src`) and `loadProcedure` too (`validator`).
 * Its code holds no `eval` and no `new Function`, so the form runs under a strict
 * Content-Security-Policy, and the page loads neither ajv nor redos-detector. The procedure is
 * checked whole first (format, meta-schema, patterns): a `ProcedureError` says what to fix.
 * Runs where ajv runs (Node, `@guichet/core`), not with `@guichet/core/lite`.
 * @example writeFileSync('demarche.validator.js', compileValidator(readFileSync('demarche.json', 'utf8')))
 */
export function compileValidator(input: unknown): string {
  const procedure = loadProcedure(input);
  const document: unknown = typeof input === 'string' ? JSON.parse(input) : input;
  const ajv = ajvWithSchema(createAjv(procedure.dialect, false), withoutAnnotations(procedure.schema));
  ajv.opts.code.source = true;
  ajv.opts.code.formats = ajvModule._`require(${FORMATS_MODULE})`;
  const base = schemaKey(procedure.schema);
  const refs: Record<string, string> = { whole: base };
  const parts: Record<string, string> = {};
  testedPointers(procedure.schema).forEach((pointer, i) => {
    const ref = schemaRef(base, pointer);
    try {
      ajv.getSchema(ref);
    } catch {
      // A condition ajv cannot compile is false in the page too: it gets no check.
      return;
    }
    refs[`part${i}`] = ref;
    parts[pointer] = `part${i}`;
  });
  const code = standaloneModule.default(ajv, refs);
  const title = typeof procedure.document.title === 'string' ? procedure.document.title : procedure.document.id;
  const partList = Object.entries(parts).map(([pointer, name]) => `${literal(pointer)}: exports.${name}`).join(',\n        ');
  return `// The validator of ${literal(title ?? 'a procedure')}, compiled by guichet-compile: do not edit.
// Publish it beside the procedure, and compile it again whenever the procedure changes.
export default {
  format: ${literal(PRECOMPILED_FORMAT)},
  fingerprint: ${literal(fingerprint(document))},
  create(require) {
    const exports = {};
    ${code}
    return {
      whole: exports.whole,
      parts: {
        ${partList}
      },
    };
  },
};
`;
}
