// Attribute flattening for column formats (GEXF, GraphML): arrays/objects as JSON strings, and the way back.
import type { z } from 'zod';
import { edgeAttributes, nodeAttributes, type EdgeAttributes, type NodeAttributes } from '../schema';
import { FormatError } from './formatError';

/** One flat column value; a missing (null) value is simply absent from the record. */
export type FlatValue = string | number | boolean;
export type FlatRecord = Record<string, FlatValue>;

/** Column names and their types, in output order: what a format declares up front. */
export type ColumnType = 'string' | 'double' | 'boolean';
export const NODE_COLUMNS: readonly (readonly [keyof NodeAttributes, ColumnType])[] = [
  ['kind', 'string'],
  ['label', 'string'],
  ['labelZh', 'string'],
  ['aliases', 'string'],
  ['descriptionEn', 'string'],
  ['descriptionZh', 'string'],
  ['mentions', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['px', 'double'],
  ['py', 'double'],
];
export const EDGE_COLUMNS: readonly (readonly [keyof EdgeAttributes | 'quote', ColumnType])[] = [
  ['type', 'string'],
  ['category', 'string'],
  ['directed', 'boolean'],
  ['stance', 'string'],
  ['date', 'string'],
  ['dateEnd', 'string'],
  ['status', 'string'],
  ['claimedBy', 'string'],
  ['summaryEn', 'string'],
  ['summaryZh', 'string'],
  ['evidence', 'string'],
  ['quote', 'string'],
];

function flatValue(value: unknown): FlatValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function flatten(record: object, extra: FlatRecord): FlatRecord {
  const out: FlatRecord = Object.create(null) as FlatRecord;
  for (const [name, value] of Object.entries(record)) {
    const flat = flatValue(value);
    if (flat !== null) out[name] = flat;
  }
  return Object.assign(out, extra);
}

/** Node attributes as flat columns (`aliases`, `mentions` as JSON). */
export function flattenNode(attributes: NodeAttributes): FlatRecord {
  return flatten(attributes, {});
}

/** Edge attributes as flat columns (`evidence` as JSON, plus `quote` = the first evidence quote; nulls left out). */
export function flattenEdge(attributes: EdgeAttributes): FlatRecord {
  return flatten(attributes, { quote: attributes.evidence[0]?.exact ?? '' });
}

type Parsed = Readonly<Record<string, unknown>>;

function read(parsed: Parsed, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(parsed, name) ? parsed[name] : undefined;
}

function json(format: string, where: string, parsed: Parsed, name: string): unknown {
  const raw = read(parsed, name);
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new FormatError(format, where, `attribute "${name}" is not valid JSON`);
  }
}

function text(parsed: Parsed, name: string): unknown {
  const raw = read(parsed, name);
  return raw === undefined ? '' : raw;
}

function nullable(parsed: Parsed, name: string): unknown {
  const raw = read(parsed, name);
  return raw === undefined ? null : raw;
}

function validated<T>(schema: z.ZodType<T>, format: string, where: string, candidate: unknown): T {
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new FormatError(format, where, `attribute "${field}": ${issue?.message ?? 'invalid'}`);
}

/**
 * Rebuilds node attributes from what a format parser returned (flat columns; a missing string is
 * the empty string). Validated against the schema; errors name the format and the node.
 */
export function unflattenNode(format: string, key: string, parsed: Parsed): NodeAttributes {
  const where = `node ${JSON.stringify(key)}`;
  const candidate = {
    kind: read(parsed, 'kind'),
    label: text(parsed, 'label'),
    labelZh: text(parsed, 'labelZh'),
    aliases: json(format, where, parsed, 'aliases'),
    descriptionEn: text(parsed, 'descriptionEn'),
    descriptionZh: text(parsed, 'descriptionZh'),
    mentions: json(format, where, parsed, 'mentions'),
    x: read(parsed, 'x'),
    y: read(parsed, 'y'),
    // The portrait position is optional (graphs from elsewhere have none).
    ...(read(parsed, 'px') !== undefined || read(parsed, 'py') !== undefined ? { px: read(parsed, 'px'), py: read(parsed, 'py') } : {}),
  };
  return validated(nodeAttributes, format, where, candidate);
}

/** Rebuilds edge attributes from flat columns (a missing nullable is null; `quote` and extra columns are dropped). */
export function unflattenEdge(format: string, key: string, parsed: Parsed): EdgeAttributes {
  const where = `edge ${JSON.stringify(key)}`;
  const candidate = {
    type: text(parsed, 'type'),
    category: read(parsed, 'category'),
    directed: read(parsed, 'directed'),
    stance: read(parsed, 'stance'),
    date: nullable(parsed, 'date'),
    dateEnd: nullable(parsed, 'dateEnd'),
    status: read(parsed, 'status'),
    claimedBy: nullable(parsed, 'claimedBy'),
    summaryEn: text(parsed, 'summaryEn'),
    summaryZh: text(parsed, 'summaryZh'),
    evidence: json(format, where, parsed, 'evidence'),
  };
  return validated(edgeAttributes, format, where, candidate);
}
