/**
 * JSON Schema's `time` and `date-time` are RFC 3339 values with a time-zone offset
 * (`14:30:00+01:00`, `2024-07-14T12:30:00.000Z`); browsers' time inputs give local values
 * (`14:30`, `2024-07-14T14:30`). These convert between the two at the input, in the person's
 * time zone, so the answer is valid for any JSON Schema validator.
 */

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

/** The local offset of a date, as `+01:00`. */
function offset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  return `${minutes >= 0 ? '+' : '-'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `14:30` → `14:30:00+01:00` (today's offset); anything else unchanged. */
export function timeToSchema(local: string): string {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  return match ? `${match[1]}:${match[2]}:${match[3] ?? '00'}${offset(new Date())}` : local;
}

/** `14:30:00+01:00` → `14:30` for the input. */
export function timeFromSchema(value: string): string {
  return /^\d{2}:\d{2}/.exec(value)?.[0] ?? '';
}

/** `2024-07-14T14:30` (local) → `2024-07-14T12:30:00.000Z`; anything else unchanged. */
export function dateTimeToSchema(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return local;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** An RFC 3339 date-time → `2024-07-14T14:30` in local time, for the input. */
export function dateTimeFromSchema(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
