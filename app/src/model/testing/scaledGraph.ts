// Test helper: the mini dataset grown to N entities and M relations (deterministic), for tests of views and indexes at size.
import { seededRandom as random } from '../analysis/seededRandom';
import type { CompiledDataset } from '../schema';
import { graphFromDataset, type EvidenceGraph } from '../graph';
import { miniDataset } from './miniGraph';


const WORDS = ['alpha', 'bravo', 'cedar', 'delta', 'ember', 'fjord', 'gamma', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen'];

/**
 * The mini dataset plus `entities` entities `e0…` (names "<Word> <i>", Chinese names "實體<i>") and `relations`
 * relations `r0…` between random pairs, copying the mini graph's relations in turn (type, status, claimant) with dates
 * spread over 2000–2024 (one in ten undated). Entity `e0` is a hub: a third of the relations start at it.
 */
export function scaledDataset(entities: number, relations: number, seed = 1): CompiledDataset {
  const data = miniDataset();
  const rand = random(seed);
  const templates = data.graph.edges.map((e) => e.attributes);
  const node = data.graph.nodes[0]!.attributes;
  for (let i = 0; i < entities; i++) {
    const word = WORDS[i % WORDS.length]!;
    const label = `${word[0]!.toUpperCase()}${word.slice(1)} ${i}`;
    data.graph.nodes.push({ key: `e${i}`, attributes: { ...node, label, labelZh: `實體${i}`, aliases: [`${word}${i}`], mentions: [], x: rand() * 1000, y: rand() * 1000 } });
  }
  for (let i = 0; i < relations; i++) {
    const source = i % 3 === 0 ? 0 : Math.floor(rand() * entities);
    let target = Math.floor(rand() * entities);
    if (target === source) target = (target + 1) % entities;
    const template = templates[i % templates.length]!;
    const dated = i % 10 !== 0;
    const year = 2000 + Math.floor(rand() * 25);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const claimedBy = template.status === 'claim' ? `e${Math.floor(rand() * Math.min(entities, 50))}` : null;
    data.graph.edges.push({
      key: `r${i}`,
      source: `e${source}`,
      target: `e${target}`,
      attributes: { ...template, claimedBy, date: dated ? `${year}-${month}` : null, dateEnd: null, summaryEn: `Relation ${i} of e${source} and e${target}`, summaryZh: `關係${i}` },
    });
  }
  return data;
}

/** The Graphology model of `scaledDataset(entities, relations, seed)`. */
export function scaledGraph(entities: number, relations: number, seed = 1): EvidenceGraph {
  return graphFromDataset(scaledDataset(entities, relations, seed));
}
