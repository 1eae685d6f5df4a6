import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { catalogue, filterOptions } from '../../packages/core/src/index.js';

const communes = ['Évreux', 'Saint-Aubin-sur-Loire', 'Dole', 'Les Sables-d’Olonne', 'Sainte-Maxime'].map((label) => ({ value: label, label }));

describe('filterOptions', () => {
  it('should match without case or accents, the options that start with the text first', () => {
    assert.deepEqual(filterOptions(communes, 'evr').map((o) => o.label), ['Évreux']);
    assert.deepEqual(filterOptions(communes, 'SA').map((o) => o.label), ['Saint-Aubin-sur-Loire', 'Sainte-Maxime', 'Les Sables-d’Olonne']);
    assert.deepEqual(filterOptions(communes, 'do').map((o) => o.label), ['Dole']);
  });

  it('should give every option when nothing is typed, and none when nothing matches', () => {
    assert.equal(filterOptions(communes, '  ').length, communes.length);
    assert.deepEqual(filterOptions(communes, 'zzz'), []);
  });

  it('should say how many results there are, in French and in English', () => {
    assert.equal(catalogue('fr').form.resultsCount({ count: 0 }), 'Aucun résultat');
    assert.equal(catalogue('fr').form.resultsCount({ count: 1 }), '1 résultat');
    assert.equal(catalogue('en').form.resultsCount({ count: 3 }), '3 results');
  });
});
