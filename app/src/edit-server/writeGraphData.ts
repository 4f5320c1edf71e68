// Replaces graph-data/ with a new set of files in one step: written beside it first, the old folder moved to a backup under .cache/, the new one moved in.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathProblem } from './saveFiles';

/** Where backups of graph-data/ go, relative to the repository (git-ignored, as all of .cache/). */
export const BACKUP_FOLDER = '.cache/graph-data-backups';
const STAGING_FOLDER = '.cache/graph-data-staging';
/** Backups kept; older ones are deleted after a save. */
const KEEP_BACKUPS = 20;

/** What a save did: paths repository-relative, `backup` the folder holding the previous graph-data/ (null when there was none). */
export interface WriteResult {
  written: string[];
  removed: string[];
  backup: string | null;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Replaces `<root>/graph-data` by exactly `files` (repository-relative graph-data paths, already checked): data files
 * the new set does not have are gone, other files in the folder (a README…) are carried over. The previous folder is
 * kept as `.cache/graph-data-backups/<time>`; if moving the new folder in fails, the previous one is put back.
 */
export function replaceGraphData(root: string, files: ReadonlyMap<string, string>, now = new Date()): WriteResult {
  const stamp = `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const target = join(root, 'graph-data');
  const staging = join(root, STAGING_FOLDER, stamp);
  const stagedData = join(staging, 'graph-data');
  mkdirSync(stagedData, { recursive: true });
  try {
    for (const [path, text] of files) {
      const to = join(staging, path);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, text, 'utf8');
    }
    const before = filesUnder(target).map((p) => relative(root, p).split('\\').join('/'));
    for (const path of before.filter((p) => pathProblem(p) !== null)) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      copyFileSync(join(root, path), join(staging, path));
    }
    let backup: string | null = null;
    if (existsSync(target)) {
      backup = `${BACKUP_FOLDER}/${stamp}`;
      mkdirSync(join(root, BACKUP_FOLDER), { recursive: true });
      renameSync(target, join(root, backup));
    }
    try {
      renameSync(stagedData, target);
    } catch (error) {
      if (backup !== null) renameSync(join(root, backup), target);
      throw error;
    }
    pruneBackups(root);
    return {
      written: [...files.keys()].sort(),
      removed: before.filter((p) => pathProblem(p) === null && !files.has(p)).sort(),
      backup,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function pruneBackups(root: string): void {
  const dir = join(root, BACKUP_FOLDER);
  const old = readdirSync(dir).sort().slice(0, -KEEP_BACKUPS);
  for (const name of old) rmSync(join(dir, name), { recursive: true, force: true });
}
