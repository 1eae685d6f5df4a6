/* Generated from schemas/procedure.schema.json by `npm run generate`. Do not edit. */

/**
 * A text for citizens: a plain string (French), or one string per language with French required. Always shown as text, never as HTML.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export type LocalizedText =
  | string
  | {
      fr: string;
      en?: string;
      [k: string]: string | undefined;
    };
/**
 * An RFC 6901 JSON pointer into the submitted data, such as /enfants or /demandeur/nom. In step items it names a question or a group (never inside a repeatable list); in presentation keys, * stands for every item of a list.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "DataPointer".
 */
export type DataPointer = string;
/**
 * What kind of personal data a field holds (RGPD). sensitive: Art. 9 special categories (health, opinions, religion…); offence: Art. 10 data; nir: the social security number, whose use is restricted in France.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "PersonalDataCategory".
 */
export type PersonalDataCategory =
  | 'none'
  | 'identity'
  | 'contact'
  | 'location'
  | 'family'
  | 'financial'
  | 'professional'
  | 'education'
  | 'sensitive'
  | 'offence'
  | 'nir'
  | 'other';
/**
 * Legal basis of a purpose (RGPD Art. 6).
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "LegalBasis".
 */
export type LegalBasis =
  | 'public-task'
  | 'legal-obligation'
  | 'consent'
  | 'contract'
  | 'vital-interest'
  | 'legitimate-interest';
/**
 * The condition of RGPD Art. 9(2) that allows processing special categories of data (health, opinions, religion…): explicit-consent (a), employment-social-protection (b), vital-interest (c), non-profit-body (d), made-public (e), legal-claims (f), substantial-public-interest (g), health-social-care (h), public-health (i), archiving-research (j).
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "SpecialCategoriesBasis".
 */
export type SpecialCategoriesBasis =
  | 'explicit-consent'
  | 'employment-social-protection'
  | 'vital-interest'
  | 'non-profit-body'
  | 'made-public'
  | 'legal-claims'
  | 'substantial-public-interest'
  | 'health-social-care'
  | 'public-health'
  | 'archiving-research';

/**
 * A Guichet procedure (démarche): the data it collects as a JSON Schema, how the form presents it, the RGPD information and where submissions go.
 */
export interface ProcedureDocument {
  /**
   * Optional URI of this format, for editors.
   */
  $schema?: string;
  /**
   * Stable identifier of the procedure: lowercase letters, digits and hyphens. Drafts and submissions are keyed by it.
   */
  id: string;
  /**
   * Version of this definition (for example 1.2.0). Change it when the questions change: a draft of another version is not applied silently.
   */
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  organisation: Organisation;
  /**
   * The data collected, as a JSON Schema (2020-12 or draft-07) whose root is an object. Conditional questions are written in it (if/then/else, dependentSchemas, oneOf with const), so a server validates them too.
   */
  schema: {
    [k: string]: unknown | undefined;
  };
  /**
   * Ordered groups of questions, one page each. When absent, every top-level property is placed in one step.
   *
   * @minItems 1
   */
  steps?: [Step, ...Step[]];
  /**
   * Presentation of each field, keyed by the field's JSON pointer in the data (for example /demandeur/nom); inside a repeatable group, array items are written * (/enfants/* /prenom).
   */
  fields?: {
    [k: string]: FieldPresentation | undefined;
  };
  privacy?: Privacy;
  submission?: Submission;
}
/**
 * The commune (or grouping) that runs the procedure.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Organisation".
 */
export interface Organisation {
  name: LocalizedText;
  /**
   * The organisation's SIRET, checked with its key.
   */
  siret?: string;
  contact?: Contact;
}
/**
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  name?: LocalizedText;
  email?: string;
  phone?: string;
  address?: LocalizedText;
  url?: string;
}
/**
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Step".
 */
export interface Step {
  /**
   * Identifier of the step, unique in the procedure.
   */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * What the step shows, in order: data fields by JSON pointer, and headings or explanatory text that are not data.
   *
   * @minItems 1
   */
  items: [DataPointer | Content, ...(DataPointer | Content)[]];
}
/**
 * A section heading or explanatory text inside a step. It is not data.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Content".
 */
export interface Content {
  content: 'heading' | 'paragraph' | 'notice';
  text: LocalizedText;
}
/**
 * How one field is presented. Rules (required, formats, conditions) stay in the schema.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "FieldPresentation".
 */
export interface FieldPresentation {
  label?: LocalizedText;
  hint?: LocalizedText;
  /**
   * Name of a built-in widget to use instead of the one chosen from the schema when it fits the field: text, textarea, email, url, tel, identifier (postal code, SIREN, SIRET, IBAN, NIR), date, memorable-date, datetime, time, number, checkbox, yes-no, radios, select, combobox, checkboxes, group, address, repeater, list, file, readonly, content. An agency's own widgets add names.
   */
  widget?: string;
  /**
   * The HTML autocomplete token (WCAG 1.3.5), for example given-name, family-name, email, tel, postal-code, bday.
   */
  autocomplete?: string;
  placeholder?: LocalizedText;
  /**
   * Messages replacing the catalogue's for this field, keyed by JSON Schema keyword (required, minLength, pattern, format…).
   */
  errorMessages?: {
    [k: string]: LocalizedText | undefined;
  };
  personalData?: PersonalDataCategory;
  /**
   * Labels of the values of an enum, keyed by the value as a string.
   */
  options?: {
    [k: string]: LocalizedText | undefined;
  };
  /**
   * For a file (pièce justificative).
   */
  file?: {
    /**
     * Accepted media types or extensions, such as application/pdf or .jpg.
     */
    accept?: string[];
    /**
     * Largest accepted file, in bytes.
     */
    maxSize?: number;
    multiple?: boolean;
  };
}
/**
 * What the RGPD (Art. 13) requires to tell at collection.
 *
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Privacy".
 */
export interface Privacy {
  /**
   * Version of the notice, recorded with each consent.
   */
  version?: string;
  controller: Contact;
  dpo?: Contact;
  /**
   * @minItems 1
   */
  purposes: [Purpose, ...Purpose[]];
  /**
   * Who receives the data (services of the commune, the préfecture…).
   */
  recipients?: LocalizedText[];
  retention: {
    /**
     * How long submissions are kept, as an ISO 8601 duration (P1Y, P6M, P30D).
     */
    duration: string;
    description?: LocalizedText;
  };
  /**
   * Transfers outside the European Union; absent or empty means none.
   */
  transfersOutsideEU?: LocalizedText[];
  rights: Contact;
  mandatory?: LocalizedText;
  specialCategoriesBasis?: SpecialCategoriesBasis;
}
/**
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Purpose".
 */
export interface Purpose {
  id: string;
  description: LocalizedText;
  legalBasis: LegalBasis;
  /**
   * An optional purpose based on consent (legalBasis must be consent): the citizen gets an unticked checkbox for it, never bundled with another.
   */
  optional?: boolean;
  /**
   * The law or regulation that provides for this processing (Art. 6(3)), for example « Code de l'éducation, article L. 131-6 ». Shown in the notice and the record of processing; needed for offence data (Art. 10) and for the NIR (décret n° 2019-341).
   */
  legalReference?: LocalizedText;
}
/**
 * This interface was referenced by `ProcedureDocument`'s JSON-Schema
 * via the `definition` "Submission".
 */
export interface Submission {
  /**
   * URL that receives the submission (POST): absolute, or relative to the page.
   */
  endpoint?: string;
  /**
   * json, or multipart when the procedure has files.
   */
  encoding?: 'json' | 'multipart';
  confirmation?: LocalizedText;
}
