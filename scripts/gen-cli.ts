// `npm run gen -- --nodes N --edges M --seed S --out FILE`: writes a deterministic synthetic dataset bundle (see scripts/gen/).
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { toBundle } from '../app/src/model/bundle/toBundle';
import { bundleChunks } from './gen/bundleChunks';
import { GenArgsError, parseGenArgs } from './gen/genArgs';
import { syntheticDataset } from './gen/synthetic';

let args;
try {
  args = parseGenArgs(process.argv.slice(2));
} catch (e) {
  if (e instanceof GenArgsError) {
    console.error(`gen: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
// npm runs scripts from the project root: the path is relative to where the user typed the command.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), args.out);
const t0 = performance.now();
const dataset = await syntheticDataset(args);
const t1 = performance.now();
const fd = openSync(out, 'w');
let bytes = 0;
try {
  for (const chunk of bundleChunks(toBundle(dataset), { positions: args.positions })) bytes += writeSync(fd, chunk);
} finally {
  closeSync(fd);
}
const t2 = performance.now();
const { nodes, edges } = dataset.graph;
const quotes = edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
const textChars = Object.values(dataset.texts).reduce((n, t) => n + t.length, 0);
console.log(
  `gen: ${out}: ${nodes.length} entities, ${edges.length} relations, ${quotes} quotes in ${dataset.graph.attributes.sources.length} sources (${(textChars / 1024).toFixed(0)} K characters), ` +
    `${(bytes / 1024 / 1024).toFixed(1)} MB; generated in ${((t1 - t0) / 1000).toFixed(1)} s, written in ${((t2 - t1) / 1000).toFixed(1)} s` +
    `${args.positions ? '' : ' (no positions: the app lays it out on opening)'}; heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
);
