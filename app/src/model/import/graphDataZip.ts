// A graph-data folder opened as a .zip: the same DataInput the CLI reads from disk, the same validator and compiler.
import { sha256Hex } from '../bundle/sha256';
import { compileDataset } from '../data/compile';
import { formatValidationError, type ValidationError } from '../data/errors';
import { validateData, type DataInput, type SourceText } from '../data/validate';
import type { DataFile } from '../data/yamlFile';
import type { CompiledDataset } from '../schema';
import type { StoryViewCheck } from '../story/validate';
import { decodeText } from './decodeText';
import { DEFAULT_CAPS, ImportError, type ImportCaps, type ImportReport, type IssueSeverity, type ProgressFn } from './report';
import { listZip, type ZipEntry } from './zip';

/** Most entries a graph-data archive may list (a real one has a few dozen). */
export const MAX_ZIP_ENTRIES = 5000;

export interface GraphDataZipOptions {
  caps?: ImportCaps;
  /** Checks story step views like links (state/storyViewCheck.ts `checkStoryView`); without it views are not checked. */
  checkStoryView?: StoryViewCheck;
  onProgress?: ProgressFn;
  signal?: { aborted: boolean };
}

const isJunk = (path: string): boolean => path.startsWith('__MACOSX/') || /(^|\/)\._/.test(path) || /(^|\/)\.DS_Store$/.test(path);
const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The folder holding sources.yaml (`''` at the top, else `x/graph-data/`): the shallowest one; two at that depth are ambiguous. */
function findRoot(file: string, paths: readonly string[]): string {
  const roots = paths.filter((p) => baseOf(p) === 'sources.yaml').map(dirOf);
  if (roots.length === 0) {
    throw new ImportError(
      'no-graph-data',
      { file },
      {
        en: 'no sources.yaml in the archive: a graph-data .zip holds sources.yaml, vocabulary.yaml, entities/, relations/ and the source .txt files',
        zh: '壓縮檔中沒有 sources.yaml：graph-data 壓縮檔應包含 sources.yaml、vocabulary.yaml、entities/、relations/ 及來源 .txt 檔',
      },
    );
  }
  const depth = (p: string): number => p.split('/').length;
  const shallowest = Math.min(...roots.map(depth));
  const top = roots.filter((r) => depth(r) === shallowest).sort();
  if (top.length > 1) {
    const list = top.map((r) => `${r}sources.yaml`).join(', ');
    throw new ImportError('ambiguous-graph-data', { file }, { en: `more than one graph-data folder in the archive (${list}); zip one folder`, zh: `壓縮檔中有多個 graph-data 資料夾（${list}）；請只壓縮一個資料夾` });
  }
  return top[0] as string;
}

/**
 * Picks the files `readDataFolder` would read, in its order: sources.yaml, vocabulary.yaml, entities.yaml, entities/*.yaml,
 * relations/*.yaml and stories/*.yaml (each in name order), and the *.txt files of the folder (name order).
 */
export function selectGraphDataFiles(entries: readonly ZipEntry[], root: string): { yaml: ZipEntry[]; texts: ZipEntry[] } {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const inFolder = (folder: string, test: RegExp): ZipEntry[] =>
    entries.filter((e) => dirOf(e.path) === folder && test.test(baseOf(e.path)) && !isJunk(e.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const named = ['sources.yaml', 'vocabulary.yaml', 'entities.yaml'].flatMap((n) => byPath.get(`${root}${n}`) ?? []);
  return {
    yaml: [...named, ...inFolder(`${root}entities/`, /\.ya?ml$/), ...inFolder(`${root}relations/`, /\.ya?ml$/), ...inFolder(`${root}stories/`, /\.ya?ml$/)],
    texts: inFolder(root, /\.txt$/),
  };
}

function issueOf(severity: IssueSeverity, e: ValidationError) {
  const text = formatValidationError(e);
  return {
    severity,
    code: severity === 'error' ? 'invalid-data' : 'data-warning',
    where: e.line === null ? { file: e.file } : { file: e.file, line: e.line },
    message: { en: text, zh: `資料檢查${severity === 'error' ? '錯誤' : '警告'}：${text}` },
  };
}

/** Reads the archive into the validator's DataInput (paths `archive.zip/<path in zip>`). */
export async function graphDataInput(file: string, bytes: Uint8Array, caps: ImportCaps = DEFAULT_CAPS): Promise<DataInput> {
  const entries = listZip(file, bytes, { maxEntries: MAX_ZIP_ENTRIES, maxTotalBytes: caps.totalBytes, maxEntryBytes: caps.fileBytes });
  const root = findRoot(file, entries.map((e) => e.path).filter((p) => !isJunk(p)));
  const { yaml, texts } = selectGraphDataFiles(entries, root);
  const files: DataFile[] = yaml.map((e) => ({ path: `${file}/${e.path}`, text: decodeText(`${file}/${e.path}`, e.read()) }));
  const sourceTexts: SourceText[] = [];
  for (const e of texts) {
    const raw = e.read();
    sourceTexts.push({ path: `${file}/${e.path}`, text: decodeText(`${file}/${e.path}`, raw, { stripBom: false }), sha256: await sha256Hex(raw) });
  }
  return { files, sourceTexts };
}

/**
 * Opens a graph-data .zip: every validation error and warning goes into the report with the `file:line
 * collection[id].field: problem` text of `npm run validate`; errors are fatal. Compiling includes the deterministic
 * ForceAtlas2 layout (600 iterations: seconds for a few thousand entities).
 */
export async function importGraphDataZip(file: string, bytes: Uint8Array, report: ImportReport, options: GraphDataZipOptions = {}): Promise<CompiledDataset> {
  const caps = options.caps ?? DEFAULT_CAPS;
  options.onProgress?.('parse', 0);
  const input = await graphDataInput(file, bytes, caps);
  if (options.signal?.aborted) throw new ImportError('cancelled', { file }, { en: 'import cancelled', zh: '已取消匯入' });
  options.onProgress?.('check', 0);
  const checks = options.checkStoryView === undefined ? {} : { checkStoryView: options.checkStoryView };
  const result = validateData(input, checks);
  for (const w of result.warnings) report.issues.push(issueOf('warning', w));
  for (const e of result.errors) report.issues.push(issueOf('error', e));
  if (result.errors.length > 0) {
    const n = result.errors.length;
    throw new ImportError('invalid-data', { file }, { en: `graph-data has ${n} error(s) (listed above); nothing was opened`, zh: `graph-data 有 ${n} 個錯誤（見上方）；未開啟任何資料` });
  }
  const { counts } = result;
  if (counts.entities > caps.nodes) throw new ImportError('too-many-nodes', { file }, { en: `${counts.entities} entities, more than the limit of ${caps.nodes}`, zh: `有 ${counts.entities} 個實體，超過上限 ${caps.nodes}` });
  if (counts.relations > caps.edges) throw new ImportError('too-many-edges', { file }, { en: `${counts.relations} relations, more than the limit of ${caps.edges}`, zh: `有 ${counts.relations} 條關係，超過上限 ${caps.edges}` });
  if (options.signal?.aborted) throw new ImportError('cancelled', { file }, { en: 'import cancelled', zh: '已取消匯入' });
  options.onProgress?.('layout', 0);
  const dataset = compileDataset(input, checks);
  options.onProgress?.('layout', 1);
  report.counts.sources += counts.sources;
  report.counts.entities += counts.entities;
  report.counts.relations += counts.relations;
  report.counts.evidence += counts.evidence;
  report.counts.anchored += counts.evidence;
  return dataset;
}
