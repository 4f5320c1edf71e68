// A synthetic dataset of any size: kinds, typed relations with dates, claims and stances, and source texts every quote is anchored in.
import { evidenceSelector, findOccurrences, locateQuote } from '../../app/src/model/data/locate';
import { sha256OfText } from '../../app/src/model/bundle/sha256';
import type {
  CompiledDataset,
  CompiledEvidence,
  CompiledRelationType,
  CompiledSource,
  EdgeAttributes,
  NodeAttributes,
  SerializedGraph,
  Stance,
} from '../../app/src/model/schema';
import { STANCES } from '../../app/src/model/schema';
import { entityName, PLACES } from './names';
import { pick, prng, randInt, WeightedSampler, type Random } from './prng';
import { makeShape } from './shape';
import { CUSTOM_KIND, FALLBACK_TYPE, KIND_SHARES, syntheticVocabulary, TYPES_BY_KINDS } from './vocabulary';

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed: number;
}

/** Share of relations with a date; of those, share with an end date too. */
const DATED = 0.7;
const RANGED = 0.15;
/** Share of relations that are somebody's claim; of those, share with a named claimant. */
const CLAIMS = 0.12;
const CLAIMANT = 0.85;
/** Share of relations whose stance differs from their type's default. */
const STANCE_FLIP = 0.1;
/** Share of quoted relations with a second quote in another source. */
const CORROBORATED = 0.1;

/** How many relations get a quote: all of a small graph, then a slowly growing number (the texts stay readable in size). */
export function quotedCount(edges: number): number {
  return Math.min(edges, 400 + Math.floor(edges / 50));
}

/** How many sources: 4, plus one per 400 quotes, at most 20 (each text about 30–60 KB). */
export function sourceCount(quoted: number): number {
  return Math.min(20, 4 + Math.floor(quoted / 400));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function randomDate(random: Random, minYear = 1995): string {
  const year = minYear + Math.floor((2025 - minYear) * Math.sqrt(random()));
  const p = random();
  if (p < 0.3) return String(year);
  const month = 1 + randInt(random, 12);
  const mm = String(month).padStart(2, '0');
  if (p < 0.6) return `${year}-${mm}`;
  return `${year}-${mm}-${String(1 + randInt(random, 28)).padStart(2, '0')}`;
}

/** A date after `date`, with the same precision. */
function laterDate(random: Random, date: string): string {
  const year = Number(date.slice(0, 4)) + 1 + randInt(random, 5);
  return `${year}${date.slice(4)}`;
}

function datePhraseEn(date: string | null): string {
  if (date === null) return '';
  const [y, m, d] = date.split('-');
  if (m === undefined) return `In ${y}, `;
  const month = MONTHS[Number(m) - 1] as string;
  return d === undefined ? `In ${month} ${y}, ` : `On ${Number(d)} ${month} ${y}, `;
}

function datePhraseZh(date: string | null): string {
  if (date === null) return '';
  const [y, m, d] = date.split('-');
  if (m === undefined) return `${y}年，`;
  return d === undefined ? `${y}年${Number(m)}月，` : `${y}年${Number(m)}月${Number(d)}日，`;
}

const ROLES = [
  ['An analyst', '分析師'],
  ['A lawyer', '律師'],
  ['An executive', '行政人員'],
  ['A shipping agent', '船務代理'],
  ['An investor', '投資者'],
  ['A civil servant', '公務員'],
  ['A journalist', '記者'],
  ['An engineer', '工程師'],
] as const;

function description(random: Random, kind: string): { en: string; zh: string } {
  const i = randInt(random, PLACES.en.length);
  const city = PLACES.en[i] as string;
  const cityZh = PLACES.zh[i] as string;
  switch (kind) {
    case 'person': {
      const [en, zh] = pick(random, ROLES);
      return { en: `${en} based in ${city}.`, zh: `常駐${cityZh}的${zh}。` };
    }
    case 'organization':
      return { en: `A company registered in ${city}.`, zh: `在${cityZh}註冊的公司。` };
    case 'product':
      return { en: `A product first sold in ${city}.`, zh: `首先在${cityZh}發售的產品。` };
    case 'event':
      return { en: `Held in ${city}.`, zh: `在${cityZh}舉行。` };
    case 'document':
      return { en: `On file in ${city}.`, zh: `存檔於${cityZh}。` };
    case 'group':
      return { en: `An association based in ${city}.`, zh: `總部在${cityZh}的團體。` };
    default:
      return { en: `A cargo vessel flagged in ${city}.`, zh: `在${cityZh}註冊的貨船。` };
  }
}

function aliasesOf(random: Random, kind: string, name: { en: string; zh: string }): string[] {
  if (kind === 'person' && random() < 0.2) {
    // "Mara K. Okafor" is also "Mara Okafor" (shared with every other Mara … Okafor: an ambiguous mention, as in real texts).
    const parts = name.en.split(' ');
    return parts.length >= 3 ? [`${parts[0]} ${parts.slice(2).join(' ')}`] : [];
  }
  if (kind === 'organization' && random() < 0.3) {
    const words = name.en.split(' ');
    return [words.slice(0, 2).join(' ')];
  }
  return [];
}

/** Sentence for a relation, in the source's language: the quote. `variant` words the second quote of a relation differently. */
function sentence(
  lang: 'en' | 'zh',
  type: CompiledRelationType,
  a: NodeAttributes,
  b: NodeAttributes,
  date: string | null,
  claimant: NodeAttributes | null,
  variant: boolean,
): string {
  if (lang === 'zh') {
    const core = type.sentence?.zh !== undefined ? type.sentence.zh.replace('{source}', a.labelZh).replace('{target}', b.labelZh) : `${a.labelZh}${type.label.zh}${b.labelZh}`;
    const head = claimant !== null ? `據${claimant.labelZh}稱，` : variant ? '紀錄顯示，' : '';
    return `${head}${datePhraseZh(date)}${core}。`;
  }
  const date0 = datePhraseEn(date);
  const core = `${a.label} ${type.label.en} ${b.label}`;
  if (claimant !== null) return `${date0}${core}, according to ${claimant.label}.`;
  if (variant) return `Records confirm that ${date0 === '' ? '' : date0.charAt(0).toLowerCase() + date0.slice(1)}${core}.`;
  return date0 === '' ? `${core}.` : `${date0}${core}.`;
}

const FILLER_EN = [
  (n: string) => `Reporters traced ${n} through several registry entries.`,
  (n: string) => `${n} did not answer questions sent before publication.`,
  (n: string) => `The records name ${n} more than once.`,
  (n: string) => `Documents seen by this newsroom also mention ${n}.`,
];
const FILLER_ZH = [(n: string) => `記者透過多份登記紀錄追查${n}。`, (n: string) => `${n}未有回覆本報在刊發前提出的問題。`, (n: string) => `紀錄中多次出現${n}。`];

interface SourceDraft {
  meta: CompiledSource;
  lang: 'en' | 'zh';
  parts: string[];
  length: number;
  /** Sentences waiting to be anchored once the text is complete: [relation index, quote, start]. */
  quotes: [number, string, number][];
  sentencesInParagraph: number;
}

function append(s: SourceDraft, piece: string): number {
  const start = s.length;
  s.parts.push(piece);
  s.length += piece.length;
  return start;
}

/**
 * The dataset for (nodes, edges, seed): same options, same dataset (and the same bundle bytes). Entity mentions are left
 * empty: the app recomputes them when it opens the bundle (bundles do not carry them).
 */
export async function syntheticDataset({ nodes, edges, seed }: SyntheticOptions): Promise<CompiledDataset> {
  const random = prng(seed);
  const shape = makeShape(random, nodes, edges);
  const vocabulary = syntheticVocabulary();
  const typeById = new Map(vocabulary.relationTypes.map((t) => [t.id, t]));

  // ---------- entities ----------
  const kindSampler = new WeightedSampler(KIND_SHARES.map(([, share]) => share));
  const hubCut = 6;
  const perKind = new Map<string, number>();
  const kinds: string[] = [];
  const nodeAttributes: NodeAttributes[] = [];
  for (let i = 0; i < nodes; i += 1) {
    // Hubs are mostly organizations and groups, as in registries.
    const w = shape.weight[i] as number;
    let kind = (KIND_SHARES[kindSampler.draw(random)] as [string, number])[0];
    if (w > hubCut && random() < 0.7) kind = random() < 0.8 ? 'organization' : 'group';
    const k = perKind.get(kind) ?? 0;
    perKind.set(kind, k + 1);
    const name = entityName(kind, k);
    const d = description(random, kind);
    kinds.push(kind);
    nodeAttributes.push({
      kind,
      label: name.en,
      labelZh: name.zh,
      aliases: aliasesOf(random, kind, name),
      descriptionEn: d.en,
      descriptionZh: d.zh,
      mentions: [],
      x: shape.x[i] as number,
      y: shape.y[i] as number,
    });
  }
  const keyOf = (i: number): string => `n${i.toString(36)}`;

  // ---------- sources ----------
  const quoted = quotedCount(shape.edges.length);
  const sourceTotal = sourceCount(quoted);
  const drafts: SourceDraft[] = [];
  for (let s = 0; s < sourceTotal; s += 1) {
    const lang = s % 4 === 1 ? 'zh' : 'en';
    const city = PLACES.en[s % PLACES.en.length] as string;
    const cityZh = PLACES.zh[s % PLACES.zh.length] as string;
    const meta: CompiledSource = {
      id: `source-${s + 1}`,
      title: { en: `Registry files, part ${s + 1}: the ${city} desk`, zh: `登記檔案第${s + 1}部分：${cityZh}組` },
      language: lang === 'zh' ? 'zh-Hant' : 'en',
      published: randomDate(random, 2015),
      url: `https://example.org/registry-files/${s + 1}`,
      publisher: 'Synthetic Newsroom',
    };
    if (s === 0) meta.note = { en: 'Generated text for benchmarks and tests.', zh: '為效能測試與測試生成的文字。' };
    const draft: SourceDraft = { meta, lang, parts: [], length: 0, quotes: [], sentencesInParagraph: 0 };
    append(draft, `${lang === 'zh' ? meta.title.zh : meta.title.en}\n\n`);
    drafts.push(draft);
  }

  // ---------- relations ----------
  const edgeList: SerializedGraph['edges'] = [];
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodes; i += 1) {
    const c = shape.community[i] as number;
    const list = members.get(c);
    if (list === undefined) members.set(c, [i]);
    else list.push(i);
  }
  shape.edges.forEach(([s0, t0], r) => {
    let s = s0;
    let t = t0;
    let options = TYPES_BY_KINDS[`${kinds[s]}>${kinds[t]}`];
    if (options === undefined) {
      const reversed = TYPES_BY_KINDS[`${kinds[t]}>${kinds[s]}`];
      if (reversed !== undefined) {
        options = reversed;
        [s, t] = [t, s];
      }
    }
    const type = typeById.get(options === undefined ? FALLBACK_TYPE : pick(random, options)) as CompiledRelationType;
    let stance: Stance = type.defaultStance;
    if (random() < STANCE_FLIP) stance = pick(random, STANCES.filter((x) => x !== type.defaultStance));
    const date = random() < DATED ? randomDate(random) : null;
    const dateEnd = date !== null && random() < RANGED ? laterDate(random, date) : null;
    const isClaim = random() < CLAIMS;
    let claimedBy: number | null = null;
    if (isClaim && random() < CLAIMANT) {
      const pool = members.get(shape.community[s] as number) as number[];
      for (let tries = 0; tries < 4 && claimedBy === null; tries += 1) {
        const c = pool[randInt(random, pool.length)] as number;
        if (c !== s && c !== t) claimedBy = c;
      }
    }
    const a = nodeAttributes[s] as NodeAttributes;
    const b = nodeAttributes[t] as NodeAttributes;
    const claimant = claimedBy === null ? null : (nodeAttributes[claimedBy] as NodeAttributes);
    const attributes: EdgeAttributes = {
      type: type.id,
      category: type.category,
      directed: type.directed,
      stance,
      date,
      dateEnd,
      status: isClaim ? 'claim' : 'fact',
      claimedBy: claimedBy === null ? null : keyOf(claimedBy),
      summaryEn: `${a.label} ${type.label.en} ${b.label}.`,
      summaryZh: type.sentence?.zh !== undefined ? `${type.sentence.zh.replace('{source}', a.labelZh).replace('{target}', b.labelZh)}。` : `${a.labelZh}${type.label.zh}${b.labelZh}。`,
      evidence: [],
    };
    // Quotes: an even spread of `quoted` relations, each in the source of its community (a second one now and then).
    if (Math.floor(((r + 1) * quoted) / shape.edges.length) > Math.floor((r * quoted) / shape.edges.length)) {
      const first = (shape.community[s] as number) % sourceTotal;
      const targets = [first];
      if (sourceTotal > 1 && random() < CORROBORATED) targets.push((first + 1 + randInt(random, sourceTotal - 1)) % sourceTotal);
      targets.forEach((si, n) => {
        const draft = drafts[si] as SourceDraft;
        if (draft.sentencesInParagraph >= 4) {
          append(draft, '\n\n');
          const mentioned = nodeAttributes[(members.get(shape.community[s] as number) as number[])[0] as number] as NodeAttributes;
          append(draft, draft.lang === 'zh' ? pick(random, FILLER_ZH)(mentioned.labelZh) : pick(random, FILLER_EN)(mentioned.label));
          draft.sentencesInParagraph = 0;
        }
        if (draft.length > 0 && draft.parts[draft.parts.length - 1]?.endsWith('\n') === false) append(draft, draft.lang === 'zh' ? '' : ' ');
        const quote = sentence(draft.lang, type, a, b, date, claimant, n > 0);
        draft.quotes.push([edgeList.length, quote, append(draft, quote)]);
        draft.sentencesInParagraph += 1;
      });
    }
    const edge: SerializedGraph['edges'][number] = { key: `r${r.toString(36)}`, source: keyOf(s), target: keyOf(t), attributes };
    if (!type.directed) edge.undirected = true;
    edgeList.push(edge);
  });

  // ---------- texts, anchors ----------
  const texts: Record<string, string> = {};
  const sources: CompiledSource[] = [];
  for (const draft of drafts) {
    append(draft, '\n');
    const text = draft.parts.join('');
    const id = draft.meta.id;
    for (const [edgeIndex, quote, start] of draft.quotes) {
      // The compiler's own anchoring: the quote is located in the text (picking the occurrence written for it when it repeats).
      let at = locateQuote(text, quote);
      if (!at.ok && at.reason === 'ambiguous') at = locateQuote(text, quote, findOccurrences(text, quote).indexOf(start) + 1);
      if (!at.ok || at.start !== start) throw new Error(`generator: quote not anchored where written in ${id}: ${quote}`);
      const evidence: CompiledEvidence = evidenceSelector(id, text, at.start, at.end);
      ((edgeList[edgeIndex] as SerializedGraph['edges'][number]).attributes.evidence as CompiledEvidence[]).push(evidence);
    }
    texts[id] = text;
    sources.push({ ...draft.meta, sha256: await sha256OfText(text), length: text.length });
  }

  return {
    graph: {
      attributes: { name: `Synthetic graph (${nodes} nodes, ${edges} edges, seed ${seed})`, sources, vocabulary },
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      nodes: nodeAttributes.map((attributes, i) => ({ key: keyOf(i), attributes })),
      edges: edgeList,
    },
    texts,
  };
}

export { CUSTOM_KIND };
