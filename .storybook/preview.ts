import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/form/custom-elements.json' with { type: 'json' };

// Controls and the docs table of <guichet-form> come from its generated manifest (STYLE §6).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
