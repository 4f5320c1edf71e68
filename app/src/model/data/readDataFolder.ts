// The thin file-system layer (Node only): reads graph-data/ into the DataInput the pure validator and compiler take.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFile } from './yamlFile';
import type { DataInput, SourceText } from './validate';

function yamlFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Reads `<root>/graph-data`: sources.yaml, vocabulary.yaml, entities/*.yaml, relations/*.yaml and stories/*.yaml (each folder in
 * name order), and every *.txt file with the sha256 of its bytes. Paths in the result are relative to `root`.
 */
export function readDataFolder(root: string, folder = 'graph-data'): DataInput {
  const dir = join(root, folder);
  const paths = [
    join(dir, 'sources.yaml'),
    join(dir, 'vocabulary.yaml'),
    ...(existsSync(join(dir, 'entities.yaml')) ? [join(dir, 'entities.yaml')] : []),
    ...yamlFilesIn(join(dir, 'entities')),
    ...yamlFilesIn(join(dir, 'relations')),
    ...yamlFilesIn(join(dir, 'stories')),
  ].filter((p) => existsSync(p));
  const files: DataFile[] = paths.map((p) => ({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
  const sourceTexts: SourceText[] = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { path: `${folder}/${name}`, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
    });
  return { files, sourceTexts };
}
