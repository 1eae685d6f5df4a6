// How data is checked and errors are worded, with what precompiled validators import: installed
// when this module is evaluated (a side effect, like the other parts of the backend).
import { installValidationPart } from './backend.js';
import { precompiledRuntime } from './precompiled-runtime.js';
import { validateData } from './validate.js';

installValidationPart('checks', { validateData, runtime: precompiledRuntime });
