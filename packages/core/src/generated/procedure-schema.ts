/* Generated from schemas/procedure.schema.json by `npm run generate`. Do not edit. */

/** The JSON Schema of the procedure format (schemas/procedure.schema.json). */
export const procedureSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://guichet.dev/schemas/procedure.schema.json",
  "title": "ProcedureDocument",
  "description": "A Guichet procedure (démarche): the data it collects as a JSON Schema, how the form presents it, the RGPD information and where submissions go.",
  "type": "object",
  "required": [
    "id",
    "version",
    "title",
    "organisation",
    "schema"
  ],
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "description": "Optional URI of this format, for editors.",
      "type": "string"
    },
    "id": {
      "description": "Stable identifier of the procedure: lowercase letters, digits and hyphens. Drafts and submissions are keyed by it.",
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 100
    },
    "version": {
      "description": "Version of this definition (for example 1.2.0). Change it when the questions change: a draft of another version is not applied silently.",
      "type": "string",
      "minLength": 1,
      "maxLength": 50
    },
    "title": {
      "$ref": "#/$defs/LocalizedText"
    },
    "description": {
      "$ref": "#/$defs/LocalizedText"
    },
    "organisation": {
      "$ref": "#/$defs/Organisation"
    },
    "schema": {
      "description": "The data collected, as a JSON Schema (2020-12 or draft-07) whose root is an object. Conditional questions are written in it (if/then/else, dependentSchemas, oneOf with const), so a server validates them too.",
      "type": "object",
      "additionalProperties": true
    },
    "steps": {
      "description": "Ordered groups of questions, one page each. When absent, every top-level property is placed in one step.",
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/Step"
      }
    },
    "fields": {
      "description": "Presentation of each field, keyed by the field's JSON pointer in the data (for example /demandeur/nom); inside a repeatable group, array items are written * (/enfants/*/prenom).",
      "type": "object",
      "propertyNames": {
        "$ref": "#/$defs/DataPointer"
      },
      "additionalProperties": {
        "$ref": "#/$defs/FieldPresentation"
      }
    },
    "privacy": {
      "$ref": "#/$defs/Privacy"
    },
    "submission": {
      "$ref": "#/$defs/Submission"
    }
  },
  "$defs": {
    "LocalizedText": {
      "title": "LocalizedText",
      "description": "A text for citizens: a plain string (French), or one string per language with French required. Always shown as text, never as HTML.",
      "anyOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "object",
          "minProperties": 1,
          "propertyNames": {
            "pattern": "^[a-z]{2,3}(-[A-Z]{2})?$"
          },
          "additionalProperties": {
            "type": "string",
            "minLength": 1
          },
          "properties": {
            "fr": {
              "type": "string",
              "minLength": 1
            },
            "en": {
              "type": "string",
              "minLength": 1
            }
          },
          "required": [
            "fr"
          ]
        }
      ]
    },
    "DataPointer": {
      "title": "DataPointer",
      "description": "An RFC 6901 JSON pointer into the submitted data, such as /enfants or /demandeur/nom. In step items it names a question or a group (never inside a repeatable list); in presentation keys, * stands for every item of a list.",
      "type": "string",
      "pattern": "^(/([^~/]|~[01])*)+$"
    },
    "Contact": {
      "title": "Contact",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "name": {
          "$ref": "#/$defs/LocalizedText"
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "phone": {
          "type": "string",
          "maxLength": 30
        },
        "address": {
          "$ref": "#/$defs/LocalizedText"
        },
        "url": {
          "type": "string",
          "format": "uri",
          "pattern": "^https?://"
        }
      }
    },
    "Organisation": {
      "title": "Organisation",
      "description": "The commune (or grouping) that runs the procedure.",
      "type": "object",
      "required": [
        "name"
      ],
      "additionalProperties": false,
      "properties": {
        "name": {
          "$ref": "#/$defs/LocalizedText"
        },
        "siret": {
          "type": "string",
          "format": "siret",
          "description": "The organisation's SIRET, checked with its key."
        },
        "contact": {
          "$ref": "#/$defs/Contact"
        }
      }
    },
    "Step": {
      "title": "Step",
      "type": "object",
      "required": [
        "id",
        "title",
        "items"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "description": "Identifier of the step, unique in the procedure.",
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "title": {
          "$ref": "#/$defs/LocalizedText"
        },
        "description": {
          "$ref": "#/$defs/LocalizedText"
        },
        "items": {
          "description": "What the step shows, in order: data fields by JSON pointer, and headings or explanatory text that are not data.",
          "type": "array",
          "minItems": 1,
          "items": {
            "anyOf": [
              {
                "$ref": "#/$defs/DataPointer"
              },
              {
                "$ref": "#/$defs/Content"
              }
            ]
          }
        }
      }
    },
    "Content": {
      "title": "Content",
      "description": "A section heading or explanatory text inside a step. It is not data.",
      "type": "object",
      "required": [
        "content",
        "text"
      ],
      "additionalProperties": false,
      "properties": {
        "content": {
          "enum": [
            "heading",
            "paragraph",
            "notice"
          ]
        },
        "text": {
          "$ref": "#/$defs/LocalizedText"
        }
      }
    },
    "PersonalDataCategory": {
      "title": "PersonalDataCategory",
      "description": "What kind of personal data a field holds (RGPD). sensitive: Art. 9 special categories (health, opinions, religion…); offence: Art. 10 data; nir: the social security number, whose use is restricted in France.",
      "enum": [
        "none",
        "identity",
        "contact",
        "location",
        "family",
        "financial",
        "professional",
        "education",
        "sensitive",
        "offence",
        "nir",
        "other"
      ]
    },
    "FieldPresentation": {
      "title": "FieldPresentation",
      "description": "How one field is presented. Rules (required, formats, conditions) stay in the schema.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "hint": {
          "$ref": "#/$defs/LocalizedText"
        },
        "widget": {
          "description": "Name of a built-in widget to use instead of the one chosen from the schema when it fits the field: text, textarea, email, url, tel, identifier (postal code, SIREN, SIRET, IBAN, NIR), date, memorable-date, datetime, time, number, checkbox, yes-no, radios, select, combobox, checkboxes, group, address, repeater, list, file, readonly, content. An agency's own widgets add names.",
          "type": "string",
          "pattern": "^[a-z][a-z0-9-]*$"
        },
        "autocomplete": {
          "description": "The HTML autocomplete token (WCAG 1.3.5), for example given-name, family-name, email, tel, postal-code, bday.",
          "type": "string",
          "pattern": "^[a-z0-9 -]+$"
        },
        "placeholder": {
          "$ref": "#/$defs/LocalizedText"
        },
        "errorMessages": {
          "description": "Messages replacing the catalogue's for this field, keyed by JSON Schema keyword (required, minLength, pattern, format…).",
          "type": "object",
          "propertyNames": {
            "pattern": "^[a-zA-Z]+$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/LocalizedText"
          }
        },
        "personalData": {
          "$ref": "#/$defs/PersonalDataCategory"
        },
        "options": {
          "description": "Labels of the values of an enum, keyed by the value as a string.",
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/LocalizedText"
          }
        },
        "file": {
          "description": "For a file (pièce justificative).",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "accept": {
              "description": "Accepted media types or extensions, such as application/pdf or .jpg.",
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^(\\.[a-z0-9]+|[a-z]+/[a-z0-9.+*-]+)$"
              }
            },
            "maxSize": {
              "description": "Largest accepted file, in bytes.",
              "type": "integer",
              "minimum": 1
            },
            "multiple": {
              "type": "boolean"
            }
          }
        }
      }
    },
    "LegalBasis": {
      "title": "LegalBasis",
      "description": "Legal basis of a purpose (RGPD Art. 6).",
      "enum": [
        "public-task",
        "legal-obligation",
        "consent",
        "contract",
        "vital-interest",
        "legitimate-interest"
      ]
    },
    "SpecialCategoriesBasis": {
      "title": "SpecialCategoriesBasis",
      "description": "The condition of RGPD Art. 9(2) that allows processing special categories of data (health, opinions, religion…): explicit-consent (a), employment-social-protection (b), vital-interest (c), non-profit-body (d), made-public (e), legal-claims (f), substantial-public-interest (g), health-social-care (h), public-health (i), archiving-research (j).",
      "enum": [
        "explicit-consent",
        "employment-social-protection",
        "vital-interest",
        "non-profit-body",
        "made-public",
        "legal-claims",
        "substantial-public-interest",
        "health-social-care",
        "public-health",
        "archiving-research"
      ]
    },
    "Purpose": {
      "title": "Purpose",
      "type": "object",
      "required": [
        "id",
        "description",
        "legalBasis"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "description": {
          "$ref": "#/$defs/LocalizedText"
        },
        "legalBasis": {
          "$ref": "#/$defs/LegalBasis"
        },
        "optional": {
          "description": "An optional purpose based on consent (legalBasis must be consent): the citizen gets an unticked checkbox for it, never bundled with another.",
          "type": "boolean"
        },
        "legalReference": {
          "description": "The law or regulation that provides for this processing (Art. 6(3)), for example « Code de l'éducation, article L. 131-6 ». Shown in the notice and the record of processing; needed for offence data (Art. 10) and for the NIR (décret n° 2019-341).",
          "allOf": [
            {
              "$ref": "#/$defs/LocalizedText"
            }
          ]
        }
      },
      "if": {
        "properties": {
          "optional": {
            "const": true
          }
        },
        "required": [
          "optional"
        ]
      },
      "then": {
        "properties": {
          "legalBasis": {
            "const": "consent"
          }
        }
      }
    },
    "Privacy": {
      "title": "Privacy",
      "description": "What the RGPD (Art. 13) requires to tell at collection.",
      "type": "object",
      "required": [
        "controller",
        "purposes",
        "retention",
        "rights"
      ],
      "additionalProperties": false,
      "properties": {
        "version": {
          "description": "Version of the notice, recorded with each consent.",
          "type": "string"
        },
        "controller": {
          "$ref": "#/$defs/Contact"
        },
        "dpo": {
          "$ref": "#/$defs/Contact"
        },
        "purposes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Purpose"
          }
        },
        "recipients": {
          "description": "Who receives the data (services of the commune, the préfecture…).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/LocalizedText"
          }
        },
        "retention": {
          "type": "object",
          "required": [
            "duration"
          ],
          "additionalProperties": false,
          "properties": {
            "duration": {
              "description": "How long submissions are kept, as an ISO 8601 duration (P1Y, P6M, P30D).",
              "type": "string",
              "pattern": "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$"
            },
            "description": {
              "$ref": "#/$defs/LocalizedText"
            }
          }
        },
        "transfersOutsideEU": {
          "description": "Transfers outside the European Union; absent or empty means none.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/LocalizedText"
          }
        },
        "rights": {
          "$ref": "#/$defs/Contact"
        },
        "mandatory": {
          "$ref": "#/$defs/LocalizedText"
        },
        "specialCategoriesBasis": {
          "$ref": "#/$defs/SpecialCategoriesBasis"
        }
      }
    },
    "Submission": {
      "title": "Submission",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "endpoint": {
          "description": "URL that receives the submission (POST): absolute, or relative to the page.",
          "type": "string",
          "minLength": 1,
          "format": "uri-reference"
        },
        "encoding": {
          "description": "json, or multipart when the procedure has files.",
          "enum": [
            "json",
            "multipart"
          ]
        },
        "confirmation": {
          "$ref": "#/$defs/LocalizedText"
        }
      }
    }
  }
} as const;
