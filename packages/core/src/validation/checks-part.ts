// How data is checked and errors are worded, with what precompiled validators import, and the
// privacy notice's texts: what a form needs once its first questions are shown. Installed when
// this module is evaluated (a side effect, like the other parts of the backend).
import '../i18n/privacy-part.js';
import { installValidationPart } from './backend.js';
import { precompiledRuntime } from './precompiled-runtime.js';
import { validateData } from './validate.js';

installValidationPart('checks', { validateData, runtime: precompiledRuntime });
