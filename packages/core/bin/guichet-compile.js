#!/usr/bin/env node
// guichet-compile: the same as `guichet compile` (see compile-command.js).
import { runCompile } from './compile-command.js';

runCompile(process.argv.slice(2));
