/** Where drafts go: the tab's session (default), or this device (the person opted in). */
export type DraftPlace = 'session' | 'device';

/** The storage of a place; undefined where the browser refuses it (private browsing, cookies blocked). */
export function draftStorage(place: DraftPlace): Storage | undefined {
  try {
    return place === 'device' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether the session or this device holds a draft under `key` (checked without loading the drafts' part). */
export function draftStored(key: string): boolean {
  return (['session', 'device'] as const).some((place) => {
    try {
      return draftStorage(place)?.getItem(key) != null;
    } catch {
      return false;
    }
  });
}
