// "Save to graph-data/" from the page (dev server only): the draft's graph-data files posted with the token the dev page carries.
import { SAVE_PATH, TOKEN_META, type SaveAnswer } from '../../../edit-server/protocol';
import type { AuthoringDataset } from '../../../model/edit/authoring';
import { toDataInput } from '../../../model/edit/dataFiles';

/** The dev server's per-start token from the page's meta tag (null on a page the dev server did not serve). */
export function saveToken(doc: Pick<Document, 'querySelector'> = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

/** The files the endpoint gets: exactly those of the graph-data zip (toDataInput), path → text. */
export function saveFiles(dataset: AuthoringDataset): Record<string, string> {
  const input = toDataInput(dataset);
  const files: Record<string, string> = {};
  for (const f of [...input.files, ...input.sourceTexts]) files[f.path] = f.text;
  return files;
}

/**
 * Posts the dataset to the dev server's endpoint, which validates it and replaces graph-data/ (keeping a backup).
 * Never throws: a page without the token, a network failure or an answer that is not the endpoint's come back as refusals.
 */
export async function saveToRepo(dataset: AuthoringDataset, token: string | null = saveToken(), fetchImpl: typeof fetch = fetch): Promise<SaveAnswer> {
  if (token === null) return { ok: false, reason: 'no-token', message: 'This page was not served by the dev server (npm start).' };
  try {
    const response = await fetchImpl(SAVE_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, files: saveFiles(dataset) }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const answer = (await response.json()) as SaveAnswer;
    if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean') throw new Error(`unexpected answer (HTTP ${response.status})`);
    return answer;
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
}
