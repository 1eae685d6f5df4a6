/**
 * @guichet/core: every rule of Guichet, without DOM or framework. Runs in browsers and in Node.
 * @packageDocumentation
 */
// The whole validator, installed at once (see validation/backend.ts): data checks, ajv with
// ajv-formats, redos-detector.
import './validation/ajv-backend.js';
import './validation/pattern-part.js';
// English, installed at once too (French always is).
import './i18n/en-part.js';
// The privacy notice's texts, installed at once too.
import './i18n/privacy-part.js';

export * from './lite.js';
export { compileValidator } from './validation/compile-validator.js';
