import type { Contact } from '../generated/procedure.js';
import type { ContactLineMessages } from '../i18n/privacy-catalogue.js';
import type { Locale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';

/** A contact of the procedure in one language: each part as text, absent when not given. */
export interface ContactView {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  /** A web address (http or https), as given: a renderer may link it. */
  url?: string;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * A contact of the procedure in a language, or undefined when none is given.
 * @example contactView({ name: { fr: 'Mairie', en: 'Town hall' }, email: 'mairie@exemple.fr' }, 'en') // { name: 'Town hall', email: 'mairie@exemple.fr' }
 */
export function contactView(contact: Contact | undefined, locale: Locale): ContactView | undefined {
  if (typeof contact !== 'object' || contact === null) return undefined;
  const view: ContactView = {};
  const name = localize(contact.name, locale);
  const address = localize(contact.address, locale);
  if (name) view.name = name;
  if (isText(contact.email)) view.email = contact.email;
  if (isText(contact.phone)) view.phone = contact.phone;
  if (address) view.address = address;
  if (isText(contact.url)) view.url = contact.url;
  return Object.keys(view).length > 0 ? view : undefined;
}

/** True when a contact gives a way to write or call, not only a name. */
export function isReachable(contact: ContactView | undefined): boolean {
  return contact !== undefined && [contact.email, contact.phone, contact.address, contact.url].some((part) => part !== undefined);
}

/** The lines of a contact, in a fixed order: its name, then each way to reach it, labelled. */
export function contactLines(contact: ContactView, messages: ContactLineMessages): string[] {
  const lines: string[] = [];
  if (contact.name) lines.push(contact.name);
  if (contact.email) lines.push(messages.email({ value: contact.email }));
  if (contact.phone) lines.push(messages.phone({ value: contact.phone }));
  if (contact.address) lines.push(messages.address({ value: contact.address }));
  if (contact.url) lines.push(messages.url({ value: contact.url }));
  return lines;
}
