// `npm run export -- --data FILE…`: the files imported in Node into a bundle, served next to the app and opened by a same-origin `src=` link.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { datasetContentId } from '../../app/src/model/bundle/contentId';
import { serializeBundle, toBundle } from '../../app/src/model/bundle/toBundle';
import { importFiles } from '../../app/src/model/import/importFiles';
import { checkStoryView } from '../../app/src/state/storyViewCheck';
import { builtInVocabulary } from '../import/builtInVocabulary';
import { reportLines } from '../import/reportLines';

/** The link with `src=` (the served bundle) first; any `src=`, `d=` or `dn=` it had is dropped (they name another dataset). */
export function linkWithSrc(link: string, src: string): string {
  const rest = link
    .replace(/^[#?]/, '')
    .split('&')
    .filter((part) => part !== '' && !/^(src|d|dn)(=|$)/.test(part));
  return `#${[`src=${encodeURIComponent(src)}`, ...rest].join('&')}`;
}

/** The bundle to serve (and its file name under `datasets/`), or the import report's lines when the files do not open. */
export async function bundleForExport(
  paths: readonly string[],
  cwd: string,
): Promise<{ ok: true; json: string; fileName: string; lines: string[] } | { ok: false; lines: string[] }> {
  const files = paths.map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(resolve(cwd, path))) }));
  const result = await importFiles(files, { baseVocabulary: builtInVocabulary(), checkStoryView });
  const lines = reportLines(result.report, result.ok, 'en');
  if (!result.ok) return { ok: false, lines };
  return { ok: true, json: serializeBundle(toBundle(result.dataset)), fileName: `cli-${await datasetContentId(result.dataset)}.json`, lines };
}
