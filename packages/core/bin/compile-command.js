// guichet compile (or guichet-compile): compiles a procedure's validator ahead, when it is published, into an ES
// module to publish beside it (<guichet-form validator-src="…">). Pages using it load no
// compiler and need no `unsafe-eval` in their Content-Security-Policy.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compileValidator, ProcedureError } from '@guichet/core';

const usage = `Usage: guichet compile <procedure.json> [<validator.js>]   (or guichet-compile …)

Checks the procedure (or bare JSON Schema) and writes its validator, compiled ahead, to
<validator.js> (by default <procedure>.validator.js beside it). Publish both files together,
and compile again whenever the procedure changes.

Vérifie la démarche (ou le schéma JSON) et écrit son validateur précompilé dans <validator.js>
(par défaut <démarche>.validator.js à côté). Publiez les deux fichiers ensemble, et compilez à
nouveau à chaque modification de la démarche.`;

/** Runs `guichet compile` (or `guichet-compile`) with its arguments; exits with the command's status. */
export function runCompile([input, output, ...rest]) {
  if (!input || input === '--help' || input === '-h' || rest.length > 0) {
    console.log(usage);
    process.exit(input === '--help' || input === '-h' ? 0 : 2);
  }

  const target = output ?? join(dirname(input), `${basename(input).replace(/\.json$/i, '')}.validator.js`);
  let text;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    console.error(`guichet-compile: impossible de lire / cannot read ${input}: ${error.message}`);
    process.exit(1);
  }
  try {
    writeFileSync(target, compileValidator(text));
  } catch (error) {
    if (!(error instanceof ProcedureError)) throw error;
    console.error(`guichet-compile: ${input} n'est pas une démarche valide / is not a valid procedure:`);
    for (const problem of error.problems) {
      console.error(`  ${problem.pointer || '/'}  ${problem.message.fr}\n  ${' '.repeat((problem.pointer || '/').length)}  ${problem.message.en}`);
    }
    process.exit(1);
  }
  console.log(`guichet-compile: ${target}`);
}
