import type { DraftMessages } from './drafts-catalogue.js';

/** The drafts' texts in French. */
export const draftsFr: DraftMessages = {
  restored: ({ savedAt }) => `Nous avons repris les réponses que vous aviez commencé à saisir (${savedAt}).`,
  leftOut: ({ sensitive, files }) =>
    [
      sensitive > 0 ? 'Les réponses aux questions sur des données sensibles ne sont jamais conservées' : '',
      files > 0 ? 'les fichiers joints ne sont pas conservés' : '',
    ]
      .filter(Boolean)
      .join(', et ')
      .replace(/^./, (c) => c.toUpperCase()) + ' : indiquez-les à nouveau.',
  startAgain: () => 'Recommencer avec un formulaire vide',
  otherVersion: () => "Des réponses saisies sur une version précédente de cette démarche n'ont pas été reprises : la démarche a changé depuis.",
  eraseOtherVersion: () => 'Effacer ces anciennes réponses',
  otherTab: () => 'Vos réponses à cette démarche ont été modifiées dans un autre onglet.',
  takeOther: () => "Reprendre les réponses de l'autre onglet",
  keepMine: () => 'Garder les réponses de cet onglet',
};
