// redos-detector, installed when this module is evaluated (a side effect): loaded only for a
// schema with patterns (`pattern`, `patternProperties`) whose safety is not yet known.
import { isSafePattern } from 'redos-detector';
import { installValidationPart } from './backend.js';

installValidationPart('patterns', {
  isSafePattern(pattern) {
    // The library's step budget decides; the timeout only bounds the wait on patterns whose
    // analysis does not count steps (`(a|a)*`), which are refused either way.
    return isSafePattern(pattern, { unicode: true, timeout: 1000 }).safe;
  },
});
