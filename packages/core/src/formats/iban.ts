import { fail, pass, type FormatCheck } from './format-check.js';

// IBAN lengths of the SWIFT IBAN registry (ISO 13616), as listed by IbanNet's SupportedCountries.md,
// plus BI, DJ, FK, HN, LY, MN and NI registered since. XK (Kosovo) is in the registry but not in ISO 3166-1.
const IBAN_LENGTHS: ReadonlyMap<string, number> = parseLengths(
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 ' +
    'EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
    'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 ' +
    'NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 ' +
    'UA29 VA22 VG24 XK20',
);

// ISO 3166-1 alpha-2. Countries missing from the table above get the generic 15–34 length only: the
// registry keeps growing, and some banks (West and Central Africa) issue IBANs outside it.
const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
    'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS ' +
    'RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW ' +
    'TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/**
 * Checks an IBAN (ISO 13616): spaces and lowercase letters allowed; country code, length for the
 * country (15–34 for countries outside the IBAN registry), check digits 02–98 and mod-97 = 1.
 * @example checkIban('FR76 3000 6000 0112 3456 7890 189') // { valid: true }
 */
export function checkIban(value: string): FormatCheck {
  // Checkers also receive unvalidated JSON data from plain JavaScript callers.
  if (typeof value !== 'string') return fail('characters');
  const compact = value.replace(/\s/g, '');
  // Tested before toUpperCase(), which turns 'ı' into 'I' and 'ſ' into 'S'.
  if (!/^[0-9A-Za-z]*$/.test(compact)) return fail('characters');
  const iban = compact.toUpperCase();
  // The check digits (third and fourth characters) are digits in every country.
  if (isLetter(iban.charCodeAt(2)) || isLetter(iban.charCodeAt(3))) return fail('characters');
  if (iban.length < MIN_LENGTH || iban.length > MAX_LENGTH) return fail('length');
  const country = iban.slice(0, 2);
  const expectedLength = IBAN_LENGTHS.get(country);
  if (expectedLength === undefined && !COUNTRY_CODES.has(country)) return fail('unknown-country');
  if (expectedLength !== undefined && iban.length !== expectedLength) return fail('length');
  // 98 − (n mod 97) is always in 02–98: 00, 01 and 99 pass mod-97 only by accident.
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return fail('checksum');
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 ? pass() : fail('checksum');
}

/** Remainder modulo 97 of the number written by `text`, each letter standing for 10 (A) to 35 (Z). */
function mod97(text: string): number {
  let remainder = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    remainder = isLetter(code) ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder;
}

function isLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

function parseLengths(list: string): Map<string, number> {
  return new Map(list.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]));
}
