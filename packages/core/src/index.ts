/**
 * @guichet/core: every rule of Guichet, without DOM or framework. Runs in browsers and in Node.
 * @packageDocumentation
 */
// ajv, ajv-formats and redos-detector, installed at once (see validation/backend.ts).
import './validation/ajv-backend.js';

export * from './lite.js';
