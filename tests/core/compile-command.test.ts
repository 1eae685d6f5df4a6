// The guichet-compile command: what a commune's web team runs when it publishes a procedure.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { isPrecompiledValidator, loadProcedure, validateData } from '../../packages/core/src/index.js';
import { musicSchool } from './support.js';

const command = fileURLToPath(new URL('../../packages/core/bin/guichet-compile.js', import.meta.url));
const guichet = fileURLToPath(new URL('../../packages/core/bin/guichet.js', import.meta.url));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions', 'guichet-source', command, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('guichet-compile', () => {
  it('should write the validator beside the procedure, ready to import', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guichet-compile-'));
    const document = musicSchool();
    writeFileSync(join(folder, 'ecole-musique.json'), JSON.stringify(document));
    const result = run(join(folder, 'ecole-musique.json'));
    assert.equal(result.status, 0, result.stderr);
    const written = join(folder, 'ecole-musique.validator.js');
    assert.match(result.stdout, /ecole-musique\.validator\.js/);
    const module = (await import(written)) as { default: unknown };
    assert.ok(isPrecompiledValidator(module.default));
    const procedure = loadProcedure(document, { validator: module.default });
    assert.equal(procedure.warnings.some((w) => w.code === 'validator-mismatch'), false);
    assert.ok(validateData(procedure, {}).length > 0);
  });

  it('should list the problems of an invalid procedure, in French and English, and write nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'guichet-compile-'));
    const document = { ...musicSchool(), steps: [{ id: 'un', title: 'Un', items: ['/absent'] }] };
    writeFileSync(join(folder, 'cassee.json'), JSON.stringify(document));
    const result = run(join(folder, 'cassee.json'), join(folder, 'out.js'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/steps\/0\/items\/0/);
    assert.match(result.stderr, /n'est pas une démarche valide \/ is not a valid procedure/);
    assert.throws(() => readFileSync(join(folder, 'out.js')));
  });

  it('should be `guichet compile` too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guichet-compile-'));
    writeFileSync(join(folder, 'demarche.json'), JSON.stringify(musicSchool()));
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions', 'guichet-source', guichet, 'compile', join(folder, 'demarche.json')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const module = (await import(join(folder, 'demarche.validator.js'))) as { default: unknown };
    assert.ok(isPrecompiledValidator(module.default));
    const unknown = spawnSync(process.execPath, ['--import', 'tsx', '--conditions', 'guichet-source', guichet, 'compiler'], { encoding: 'utf8' });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stdout, /Usage: guichet compile <procedure\.json>/);
  });

  it('should say how to use it', () => {
    const result = run();
    assert.equal(result.status, 2);
    assert.match(result.stdout, /Usage: guichet compile <procedure\.json>/);
    assert.match(run('--help').stdout, /Publiez les deux fichiers ensemble/);
  });
});
