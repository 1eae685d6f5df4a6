/** A file answer: RJSF's data URL, `data:<type>;name=<file name>;base64,<content>`. */
export interface FileAnswer {
  type: string;
  name: string;
  /** Size in bytes of the decoded content. */
  size: number;
}

/**
 * Reads the type, name and size of a file answer (a data URL), or undefined when the value
 * is not one.
 * @example readFileAnswer('data:application/pdf;name=acte.pdf;base64,JVBERi0=') // { type: 'application/pdf', name: 'acte.pdf', size: 5 }
 */
export function readFileAnswer(value: unknown): FileAnswer | undefined {
  if (typeof value !== 'string') return undefined;
  const comma = value.indexOf(',');
  const match = /^data:([^;,]*)((?:;[^;,]*)*)$/i.exec(comma < 0 ? '' : value.slice(0, comma));
  if (!match) return undefined;
  const params = (match[2] ?? '').split(';').filter(Boolean);
  const nameParam = params.find((p) => p.startsWith('name='));
  const rawName = nameParam?.slice(5) ?? '';
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = rawName;
  }
  const payload = value.slice(comma + 1);
  const base64 = params.includes('base64');
  const padding = base64 ? (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0) : 0;
  const size = base64 ? Math.floor((payload.length * 3) / 4) - padding : payload.length;
  return { type: (match[1] ?? '').toLowerCase(), name, size };
}
