// The flat schema both forms render: N fields cycling through six kinds (a string with title
// and description, an integer with minimum and maximum, an enum of 5, a boolean, a date, an
// email), one in three required.

const kinds = [
  (i) => ({ type: 'string', title: `Nom de la personne ${i}`, description: `Comme sur la pièce d'identité (question ${i}).` }),
  (i) => ({ type: 'integer', title: `Nombre d'enfants ${i}`, minimum: 0, maximum: 20 }),
  (i) => ({ type: 'string', title: `Quartier ${i}`, enum: ['centre', 'nord', 'sud', 'est', 'ouest'] }),
  (i) => ({ type: 'boolean', title: `Souhaitez-vous être recontacté ${i}` }),
  (i) => ({ type: 'string', format: 'date', title: `Date d'arrivée ${i}` }),
  (i) => ({ type: 'string', format: 'email', title: `Adresse e-mail ${i}` }),
];

/** The schema of `n` questions `q0`, `q1`…; `required` lists every third one. */
export function flatSchema(n) {
  const properties = {};
  const required = [];
  for (let i = 0; i < n; i++) {
    properties[`q${i}`] = kinds[i % kinds.length](i);
    if (i % 3 === 0) required.push(`q${i}`);
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Banc d’essai', type: 'object', properties, required };
}
