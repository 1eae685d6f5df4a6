// Shared helpers of the privacy tests: the music school enrolment (a public task, with an optional
// newsletter consent) and small procedures built around a privacy block.
import { loadProcedure, type Procedure } from '../../packages/core/src/index.js';
import { musicSchool } from './support.js';

/** The music school procedure's document, with its privacy block changed by `change`. */
export function musicSchoolWith(change: (privacy: Record<string, unknown>, document: Record<string, unknown>) => void): Record<string, unknown> {
  const document = musicSchool();
  change(document.privacy as Record<string, unknown>, document);
  return document;
}

/** The loaded music school procedure, optionally with its privacy block changed. */
export function loadMusicSchool(change?: (privacy: Record<string, unknown>, document: Record<string, unknown>) => void): Procedure {
  return loadProcedure(change ? musicSchoolWith(change) : musicSchool());
}

/** A complete privacy block, for a procedure whose purposes are given. */
export function privacyBlock(purposes: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: '2025-03',
    controller: { name: 'Commune de Saint-Exemple-sur-Loire', email: 'mairie@saint-exemple.fr' },
    dpo: { name: 'Délégué à la protection des données', email: 'dpo@saint-exemple.fr' },
    purposes,
    recipients: [{ fr: 'Le service communication de la commune', en: "The commune's communication department" }],
    retention: { duration: 'P1Y', description: { fr: "Un an après la désinscription.", en: 'One year after unsubscribing.' } },
    rights: { email: 'dpo@saint-exemple.fr' },
    ...extra,
  };
}

/** A one-question procedure (an e-mail address) around a privacy block and presentation. */
export function newsletterDocument(privacy: Record<string, unknown> | undefined, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'lettre-information',
    version: '1.2.0',
    title: { fr: "Abonnement à la lettre d'information", en: 'Newsletter subscription' },
    organisation: { name: 'Commune de Saint-Exemple-sur-Loire' },
    schema: {
      type: 'object',
      required: ['email'],
      properties: { email: { type: 'string', format: 'email', title: 'Adresse e-mail' } },
    },
    fields: { '/email': { label: { fr: 'Adresse e-mail', en: 'Email address' }, personalData: 'contact' }, ...fields },
    ...(privacy ? { privacy } : {}),
  };
}

/** The newsletter subscription: its main purpose rests on consent. */
export const newsletterPurpose = {
  id: 'envoi-lettre',
  description: { fr: "Vous envoyer la lettre d'information municipale.", en: 'Send you the municipal newsletter.' },
  legalBasis: 'consent',
};
