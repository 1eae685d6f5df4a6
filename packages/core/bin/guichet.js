#!/usr/bin/env node
// guichet: Guichet's command line. `guichet compile <procedure.json> [<validator.js>]` compiles a
// procedure's validator ahead (see compile-command.js).
import { runCompile } from './compile-command.js';

const [command, ...args] = process.argv.slice(2);
if (command === 'compile') runCompile(args);
else {
  console.log('Usage: guichet compile <procedure.json> [<validator.js>]   (guichet compile --help)');
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
