// The files a save sends, checked and read as the validator reads graph-data/: paths confined to graph-data's own file patterns, texts hashed.
import { createHash } from 'node:crypto';
import type { DataInput } from '../model/data/validate';

/** A graph-data file name: a letter or digit, then letters, digits, '_', '-', '.' (so never '..' alone, never hidden). */
const NAME = '[A-Za-z0-9][A-Za-z0-9_.-]{0,127}';
/** The paths graph-data holds (what readDataFolder reads), relative to the repository. */
const PATTERNS = [
  /^graph-data\/(sources|vocabulary|entities)\.yaml$/,
  new RegExp(`^graph-data/(entities|relations|stories)/${NAME}\\.ya?ml$`),
  new RegExp(`^graph-data/${NAME}\\.txt$`),
];

/** Why a path may not be written, or null when it is a graph-data file path. */
export function pathProblem(path: string): string | null {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  if (path.includes('\\')) return 'contains a backslash';
  if (path.split('/').some((part) => part === '..' || part === '.') || path.includes('..')) return "contains '..'";
  if (path.includes('\0')) return 'contains a NUL character';
  if (!PATTERNS.some((re) => re.test(path))) return 'is not a graph-data file (sources.yaml, vocabulary.yaml, entities/, relations/ or stories/*.yaml, *.txt)';
  return null;
}

/** The YAML files in readDataFolder's order (sources, vocabulary, entities.yaml, then entities/, relations/, stories/ each by name) and the texts. */
export function dataInputOf(files: ReadonlyMap<string, string>): DataInput {
  const paths = [...files.keys()];
  const inFolder = (folder: string): string[] => paths.filter((p) => p.startsWith(`graph-data/${folder}/`)).sort();
  const yamlPaths = [
    ...['graph-data/sources.yaml', 'graph-data/vocabulary.yaml', 'graph-data/entities.yaml'].filter((p) => files.has(p)),
    ...inFolder('entities'),
    ...inFolder('relations'),
    ...inFolder('stories'),
  ];
  return {
    files: yamlPaths.map((path) => ({ path, text: files.get(path) as string })),
    sourceTexts: paths
      .filter((p) => p.endsWith('.txt'))
      .sort()
      .map((path) => {
        const text = files.get(path) as string;
        return { path, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
      }),
  };
}
