import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { createAjv, knownFormats } from '../../packages/core/src/validation/ajv.js';
import '../../packages/core/src/validation/ajv-backend.js';

import {
  checkFrPhone,
  checkFrPostalCode,
  checkIban,
  checkNir,
  checkSiren,
  checkSiret,
  frenchFormats,
  type FormatCheck,
  type FormatChecker,
  type FormatProblem,
} from '../../packages/core/src/formats/index.js';

// Reference implementations, written differently from the checkers (BigInt, arrays), so that
// every "valid" example below is proven by computation and not taken on trust.

function compact(value: string): string {
  return value.replace(/\s/g, '');
}

function referenceLuhn(digits: string): boolean {
  const sum = Array.from(digits)
    .reverse()
    .map(Number)
    .map((digit, index) => (index % 2 === 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2))
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return Array.from(digits).map(Number).reduce((a, b) => a + b, 0);
}

function ibanRemainder(iban: string): bigint {
  const text = compact(iban).toUpperCase();
  const rearranged = text.slice(4) + text.slice(0, 4);
  const numeric = Array.from(rearranged).map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(numeric) % 97n;
}

/** A synthetic IBAN whose check digits are computed here: country + check digits + BBAN. */
function makeIban(country: string, bban: string): string {
  const check = 98n - ibanRemainder(`${country}00${bban}`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** The NIR key of 13 characters, 2A counting as 19 and 2B as 18. */
function nirKey(first13: string): string {
  const text = compact(first13).toUpperCase().replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return String(97n - (BigInt(text) % 97n)).padStart(2, '0');
}

function nir(first13: string): string {
  return `${first13} ${nirKey(first13)}`;
}

function assertValid(check: FormatChecker, value: string): void {
  assert.deepEqual(check(value), { valid: true }, `expected ${JSON.stringify(value)} to be valid`);
}

function assertProblem(check: FormatChecker, value: string, problem: FormatProblem): void {
  assert.deepEqual(check(value), { valid: false, problem }, `expected ${JSON.stringify(value)}: ${problem}`);
}

describe('French administrative formats', () => {
  describe('frenchFormats', () => {
    it('should map each format name to its checker', () => {
      assert.deepEqual(Object.keys(frenchFormats).sort(), ['fr-phone', 'fr-postal-code', 'iban', 'nir', 'siren', 'siret']);
      assert.equal(frenchFormats['fr-postal-code'], checkFrPostalCode);
      assert.equal(frenchFormats['fr-phone'], checkFrPhone);
      assert.equal(frenchFormats.siren, checkSiren);
      assert.equal(frenchFormats.siret, checkSiret);
      assert.equal(frenchFormats.iban, checkIban);
      assert.equal(frenchFormats.nir, checkNir);
    });

    it('should be frozen', () => {
      assert.ok(Object.isFrozen(frenchFormats));
    });

    it('should return what the JSDoc examples say', () => {
      assertValid(checkFrPostalCode, '20200');
      assertValid(checkFrPhone, '+33 (0)1 42 76 40 40');
      assertValid(checkSiren, '217 500 016');
      assertValid(checkSiret, '217 500 016 00019');
      assertValid(frenchFormats.siret, '356 000 000 00048');
      assertValid(checkIban, 'FR76 3000 6000 0112 3456 7890 189');
      assert.equal(nirKey('2 69 05 2A 004 123'), '14');
      assertValid(checkNir, '2 69 05 2A 004 123 14');
    });
  });

  describe('fr-postal-code', () => {
    it('should accept codes of metropolitan, Corsican and overseas departments', () => {
      for (const code of [
        '75001', // Paris 1er
        '01000', // Bourg-en-Bresse
        '20000', // Ajaccio
        '20200', // Bastia
        '95000', // Cergy
        '97100', // Basse-Terre
        '97133', // Saint-Barthélemy
        '97200', // Fort-de-France
        '97300', // Cayenne
        '97400', // Saint-Denis (La Réunion)
        '97500', // Saint-Pierre-et-Miquelon
        '97600', // Mamoudzou
        '98600', // Wallis-et-Futuna
        '98714', // Papeete
        '98800', // Nouméa
        ' 69001 ',
      ]) {
        assertValid(checkFrPostalCode, code);
      }
    });

    it('should report a character that is not a digit', () => {
      assertProblem(checkFrPostalCode, '7500A', 'characters');
      assertProblem(checkFrPostalCode, '75 001', 'characters');
      assertProblem(checkFrPostalCode, '75-001', 'characters');
      assertProblem(checkFrPostalCode, '２００００', 'characters');
    });

    it('should report a number of digits other than 5', () => {
      assertProblem(checkFrPostalCode, '7500', 'length');
      assertProblem(checkFrPostalCode, '750011', 'length');
      assertProblem(checkFrPostalCode, '', 'length');
    });

    it('should report a department that does not exist', () => {
      for (const code of ['00100', '96000', '99000', '97000', '97900', '98000', '98500', '98900']) {
        assertProblem(checkFrPostalCode, code, 'unknown-prefix');
      }
    });
  });

  describe('fr-phone', () => {
    it('should accept national numbers with spaces, dots or hyphens', () => {
      for (const phone of [
        '01 42 76 40 40',
        '0142764040',
        '06.12.34.56.78',
        '09-87-65-43-21',
        '08 00 12 34 56',
        '0262 21 00 00',
        '0690 12 34 56',
        '\u00a006\u202f12\u202f34\u202f56\u202f78 ',
      ]) {
        assertValid(checkFrPhone, phone);
      }
    });

    it('should accept international numbers of France and its overseas territories', () => {
      for (const phone of [
        '+33 1 42 76 40 40',
        '+33 (0)1 42 76 40 40',
        '+33(0)142764040',
        '+33 6 12 34 56 78',
        '0033 6 12 34 56 78',
        '+262 692 12 34 56', // La Réunion
        '+262 269 61 10 00', // Mayotte
        '+590 590 99 39 00', // Guadeloupe
        '+594 594 29 00 00', // French Guiana
        '+596 596 59 00 00', // Martinique
        '+508 41 10 10', // Saint-Pierre-et-Miquelon
        '+681 72 20 00', // Wallis-et-Futuna
        '+687 27 31 15', // New Caledonia
        '+689 40 47 20 00', // French Polynesia
        '00 689 87 12 34 56',
      ]) {
        assertValid(checkFrPhone, phone);
      }
    });

    it('should report a character that is not allowed', () => {
      assertProblem(checkFrPhone, '01 42 76 40 4O', 'characters');
      assertProblem(checkFrPhone, '01/42/76/40/40', 'characters');
      assertProblem(checkFrPhone, '06 12 34 56 78+', 'characters');
      assertProblem(checkFrPhone, '(0)1 42 76 40 40', 'characters');
      assertProblem(checkFrPhone, '+33 (1) 42 76 40 40', 'characters');
      assertProblem(checkFrPhone, '+33 6 12 (0)34 56 78', 'characters');
      assertProblem(checkFrPhone, '+33 (0)(0)1 42 76 40 40', 'characters');
      assertProblem(checkFrPhone, '01 42 76 40 40 poste 12', 'characters');
    });

    it('should report a wrong number of digits', () => {
      assertProblem(checkFrPhone, '01 42 76 40', 'length');
      assertProblem(checkFrPhone, '01 42 76 40 40 0', 'length');
      assertProblem(checkFrPhone, '+33 01 42 76 40 40', 'length');
      assertProblem(checkFrPhone, '+33 (0)01 42 76 40 40', 'length');
      assertProblem(checkFrPhone, '+687 27 31 15 00', 'length');
      assertProblem(checkFrPhone, '+689 40 47 20', 'length');
      assertProblem(checkFrPhone, '0033', 'length');
      assertProblem(checkFrPhone, '+', 'length');
      assertProblem(checkFrPhone, '', 'length');
    });

    it('should report a prefix that French numbers cannot have', () => {
      assertProblem(checkFrPhone, '1 42 76 40 40 0', 'unknown-prefix');
      assertProblem(checkFrPhone, '+33 0 42 76 40 40', 'unknown-prefix');
      assertProblem(checkFrPhone, '+44 20 7946 0000', 'unknown-prefix');
      assertProblem(checkFrPhone, '+44 (0)20 7946 0000', 'unknown-prefix');
      assertProblem(checkFrPhone, '+269 773 00 00', 'unknown-prefix');
      assertProblem(checkFrPhone, '0044 20 7946 0000', 'unknown-prefix');
    });
  });

  describe('siren', () => {
    const valid = [
      '217500016', // Ville de Paris
      '130025265', // DINUM
      '356000000', // La Poste
      '732 829 320',
    ];

    it('should accept SIRENs whose Luhn key is right', () => {
      for (const siren of valid) {
        assert.ok(referenceLuhn(compact(siren)), siren);
        assertValid(checkSiren, siren);
      }
    });

    it('should report a character that is not a digit', () => {
      assertProblem(checkSiren, '21750001A', 'characters');
      assertProblem(checkSiren, '217-500-016', 'characters');
    });

    it('should report a number of digits other than 9', () => {
      assertProblem(checkSiren, '21750001', 'length');
      assertProblem(checkSiren, '217 500 016 00019', 'length');
      assertProblem(checkSiren, '', 'length');
    });

    it('should report a wrong Luhn key', () => {
      assert.ok(!referenceLuhn('217500017'));
      assertProblem(checkSiren, '217500017', 'checksum');
    });
  });

  describe('siret', () => {
    it('should accept SIRETs of public bodies whose Luhn keys are right', () => {
      for (const siret of [
        '21750001600019', // Ville de Paris, Hôtel de Ville
        '21690123100011', // Ville de Lyon
        '21130055300016', // Ville de Marseille
        '21310555400017', // Ville de Toulouse
        '21330063500017', // Ville de Bordeaux
        '130 025 265 00013', // DINUM
      ]) {
        assert.ok(referenceLuhn(compact(siret)) && referenceLuhn(compact(siret).slice(0, 9)), siret);
        assertValid(checkSiret, siret);
      }
    });

    it("should accept La Poste's head office, which keeps a Luhn key", () => {
      assert.ok(referenceLuhn('35600000000048'));
      assert.notEqual(digitSum('35600000000048') % 5, 0);
      assertValid(checkSiret, '356 000 000 00048');
    });

    it("should accept La Poste's establishments whose digits add up to a multiple of 5", () => {
      // An establishment of La Poste used in Trackdéchets' tests; it fails the Luhn check.
      assert.ok(!referenceLuhn('35600000040773'));
      assert.equal(digitSum('35600000040773') % 5, 0);
      assertValid(checkSiret, '35600000040773');
    });

    it('should report a character that is not a digit', () => {
      assertProblem(checkSiret, '2175000160001A', 'characters');
      assertProblem(checkSiret, '217.500.016.00019', 'characters');
    });

    it('should report a number of digits other than 14', () => {
      assertProblem(checkSiret, '2175000160001', 'length');
      assertProblem(checkSiret, '217500016000190', 'length');
      assertProblem(checkSiret, '217500016', 'length');
    });

    it('should report a wrong key', () => {
      assert.ok(!referenceLuhn('21750001600018'));
      assertProblem(checkSiret, '21750001600018', 'checksum');
    });

    it('should report a SIREN whose own key is wrong, even when the whole SIRET passes Luhn', () => {
      const siret = Array.from({ length: 10 }, (_, i) => `2175000170001${String(i)}`).find(referenceLuhn);
      assert.ok(siret !== undefined && !referenceLuhn(siret.slice(0, 9)));
      assertProblem(checkSiret, siret, 'checksum');
    });

    it("should report La Poste's establishments whose digits do not add up to a multiple of 5", () => {
      assertProblem(checkSiret, '35600000000049', 'checksum');
      // Luhn-valid, but La Poste's rule applies to every establishment but the head office.
      assert.ok(referenceLuhn('35600000000014'));
      assert.notEqual(digitSum('35600000000014') % 5, 0);
      assertProblem(checkSiret, '35600000000014', 'checksum');
    });
  });

  describe('iban', () => {
    it('should accept IBANs whose mod-97 is 1, with spaces or lowercase letters', () => {
      for (const iban of [
        'FR76 3000 6000 0112 3456 7890 189',
        'fr76 3000 6000 0112 3456 7890 189',
        'FR14 2004 1010 0505 0001 3M02 606',
        'MC58 1122 2000 0101 2345 6789 030',
        'DE89 3704 0044 0532 0130 00',
        'BE68 5390 0754 7034',
        'ES91 2100 0418 4502 0005 1332',
        'IT60 X054 2811 1010 0000 0123 456',
        'LU28 0019 4006 4475 0000',
        'CH93 0076 2011 6238 5295 7',
        'GB82 WEST 1234 5698 7654 32',
        'gb82west12345698765432',
        'NL91 ABNA 0417 1643 00',
        'PT50 0002 0123 1234 5678 9015 4',
        'NO93 8601 1117 947',
      ]) {
        assert.equal(ibanRemainder(iban), 1n, iban);
        assertValid(checkIban, iban);
      }
    });

    it('should accept a country outside the IBAN registry with a length of 15 to 34', () => {
      const iban = makeIban('SN', 'SN0100152000048500003035');
      assert.equal(ibanRemainder(iban), 1n);
      assertValid(checkIban, iban);
    });

    it('should report a character that is not a letter or a digit', () => {
      assertProblem(checkIban, 'FR76-3000-6000-0112-3456-7890-189', 'characters');
      assertProblem(checkIban, 'FR7A 3000 6000 0112 3456 7890 189', 'characters');
      assertProblem(checkIban, 'FR76 3000 6000 0112 3456 7890 18É', 'characters');
      // toUpperCase() maps the long s to S: it must not turn a wrong character into a valid IBAN.
      assertProblem(checkIban, 'GB82 WEſT 1234 5698 7654 32', 'characters');
    });

    it('should report a length that does not fit the country', () => {
      assertProblem(checkIban, 'FR76 3000', 'length');
      assertProblem(checkIban, 'FR76 3000 6000 0112 3456 7890 18', 'length');
      assertProblem(checkIban, 'DE89 3704 0044 0532 0130 000', 'length');
      assertProblem(checkIban, 'SN08 ' + '1'.repeat(31), 'length');
      assertProblem(checkIban, '', 'length');
    });

    it('should report a country code that is not an ISO country', () => {
      assertProblem(checkIban, 'ZZ76 3000 6000 0112 3456 7890 189', 'unknown-country');
      assertProblem(checkIban, '1276 3000 6000 0112 3456 7890 189', 'unknown-country');
    });

    it('should report wrong check digits', () => {
      assertProblem(checkIban, 'FR77 3000 6000 0112 3456 7890 189', 'checksum');
      assertProblem(checkIban, 'FR76 3000 6000 0112 3456 7890 198', 'checksum');
      assertProblem(checkIban, 'GB82 WEST 1234 5698 7654 33', 'checksum');
    });

    it('should report check digits 00, 01 and 99, which mod-97 alone lets through', () => {
      // Find a BBAN whose check digits are 02: 99 then also gives a mod-97 of 1.
      const bban = Array.from({ length: 2000 }, (_, i) => `3000600001${String(i).padStart(11, '0')}89`).find((candidate) =>
        makeIban('FR', candidate).startsWith('FR02'),
      );
      assert.ok(bban !== undefined);
      assert.equal(ibanRemainder(`FR99${bban}`), 1n);
      assertProblem(checkIban, `FR99${bban}`, 'checksum');
      assertValid(checkIban, `FR02${bban}`);
    });
  });

  describe('nir', () => {
    it('should accept NIRs whose key is 97 minus the number mod 97', () => {
      for (const number of [
        nir('1 84 12 76 451 089'),
        '2 55 08 14 168 025 38',
        nir('2 69 05 2A 004 123'),
        nir('1 72 11 2B 033 045'),
        nir('2 69 05 2a 004 123').toLowerCase(),
        nir('1 59 02 20 004 012'), // born in Corsica before 1976
        nir('1 80 01 99 352 001'), // born abroad
        nir('2 91 03 971 05 123'), // born in Guadeloupe
        nir('7 84 12 76 451 089'), // provisional number
        nir('1 84 30 76 451 089'), // unknown month
        nir('1 84 62 76 451 089'),
      ]) {
        const key = Number(compact(number).slice(13));
        assert.equal(compact(number).length, 15);
        assert.equal(String(key).padStart(2, '0'), nirKey(compact(number).slice(0, 13)), number);
        assertValid(checkNir, number);
      }
    });

    it('should compute the key of Corsican NIRs with 19 for 2A and 18 for 2B', () => {
      assert.equal(nirKey('2 69 05 2A 004 123'), nirKey('2 69 05 19 004 123'));
      assert.equal(nirKey('1 72 11 2B 033 045'), nirKey('1 72 11 18 033 045'));
      const wrongKey = nirKey('2 69 05 20 004 123');
      assert.notEqual(wrongKey, nirKey('2 69 05 2A 004 123'));
      assertProblem(checkNir, `2 69 05 2A 004 123 ${wrongKey}`, 'checksum');
    });

    it('should report a character that is not allowed where it stands', () => {
      assertProblem(checkNir, '1 84 12 76 451 089 4X', 'characters');
      assertProblem(checkNir, '1 84 12 2C 451 089 46', 'characters');
      assertProblem(checkNir, 'A 84 12 76 451 089 46', 'characters');
      assertProblem(checkNir, '1.84.12.76.451.089.46', 'characters');
      assertProblem(checkNir, `2 69 05 2Å 004 123 ${nirKey('2 69 05 2A 004 123')}`, 'characters');
    });

    it('should report a number of characters other than 15', () => {
      assertProblem(checkNir, '1 84 12 76 451 089', 'length');
      assertProblem(checkNir, '1 84 12 76 451 089 460', 'length');
      assertProblem(checkNir, '', 'length');
    });

    it('should report a sex, month or department that cannot exist', () => {
      for (const first13 of [
        '5 84 12 76 451 089',
        '0 84 12 76 451 089',
        '9 84 12 76 451 089',
        '1 84 00 76 451 089',
        '1 84 13 76 451 089',
        '1 84 19 76 451 089',
        '1 84 43 76 451 089',
        '1 84 49 76 451 089',
        '1 84 12 00 451 089',
      ]) {
        assertProblem(checkNir, nir(first13), 'unknown-prefix');
      }
      assertProblem(checkNir, '1 84 12 3A 451 089 46', 'unknown-prefix');
    });

    it('should report a wrong key or a key out of 01–97', () => {
      const first13 = '1 84 12 76 451 089';
      const key = Number(nirKey(first13));
      assertProblem(checkNir, `${first13} ${String((key % 97) + 1).padStart(2, '0')}`, 'checksum');
      assertProblem(checkNir, `${first13} 00`, 'checksum');
      assertProblem(checkNir, `${first13} 98`, 'checksum');
      assertProblem(checkNir, `${first13} 99`, 'checksum');
    });
  });

  describe('hostile input', () => {
    const hostile = [
      '',
      ' ',
      'x'.repeat(10_000),
      '1'.repeat(10_000),
      '2A'.repeat(5_000),
      `+33${'(0)'.repeat(3_000)}`,
      `${'1'.repeat(100_000)}+`,
      `+${'1'.repeat(100_000)}(`,
      `FR76${'9'.repeat(100_000)}`,
      '📞📞📞📞📞📞📞📞📞📞',
      '0️⃣1️⃣4️⃣2️⃣7️⃣6️⃣4️⃣0️⃣4️⃣0️⃣',
      '０１４２７６４０４０',
      '٠١٤٢٧٦٤٠٤٠',
      '\ud800\udfff\ud800',
      '\u0000\u202e75001',
    ];

    for (const [name, check] of Object.entries(frenchFormats)) {
      it(`should return a verdict quickly for ${name}`, () => {
        const start = performance.now();
        for (const value of hostile) {
          const verdict: FormatCheck = check(value);
          assert.equal(verdict.valid, false, `${name}: ${JSON.stringify(value.slice(0, 20))}`);
        }
        const elapsed = performance.now() - start;
        assert.ok(elapsed < 500, `${name} took ${elapsed.toFixed(0)} ms`);
      });

      it(`should not throw on a value that is not a string for ${name}`, () => {
        const untyped = check as (value: unknown) => FormatCheck;
        for (const value of [null, undefined, 75001, {}, ['75001']]) {
          assert.deepEqual(untyped(value), { valid: false, problem: 'characters' });
        }
      });
    }
  });
});

describe('formats known without loading ajv', () => {
  it('should be exactly the formats ajv checks once loaded, so a schema is not warned about one it can use', () => {
    const ajv = createAjv('2020-12');
    assert.deepEqual([...knownFormats()].sort(), Object.keys(ajv.formats).sort());
  });
});
