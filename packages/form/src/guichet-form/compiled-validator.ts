import { isPrecompiledValidator, type PrecompiledValidator } from '@guichet/core';

/**
 * Imports a validator compiled ahead (`guichet-compile`) from the page's own site: its default
 * export. When it cannot be imported, or is not one, the console says so and the form compiles
 * its validator in the page, as without it: the person can still fill the form in (except under
 * a CSP without `unsafe-eval`, where the form then says it cannot check the answers).
 */
export async function importValidator(src: string): Promise<PrecompiledValidator | undefined> {
  const url = new URL(src, document.baseURI).href;
  try {
    const module = (await import(/* @vite-ignore */ url)) as { default?: unknown };
    if (isPrecompiledValidator(module.default)) return module.default;
    console.warn(`guichet-form: ${url} is not a validator compiled by guichet-compile; the form compiles its own.`);
  } catch (error) {
    console.warn(`guichet-form: the validator ${url} cannot be imported (${String(error)}); the form compiles its own.`);
  }
  return undefined;
}
