// What every format parser produces before normalisation: a loose, located dataset (the importers' shared contract).
import type { ImportIssue } from './report';

/** Where an element came from in the user's file, for the import report: `connections.csv row 3, From`. */
export interface Where {
  /** File name as the user gave it (inside a zip: `archive.zip/relations/a.yaml`). */
  file: string;
  /** 1-based line (XML, YAML, JSON when known). */
  line?: number;
  /** 1-based data row (CSV/TSV/XLSX: the header is row 1, the first data row is row 2). */
  row?: number;
  /** Column (CSV header), attribute or field name. */
  column?: string;
  /** Element id in the file, when it has one. */
  element?: string;
}

/** A quote as the file gives it; anchored to its source text by the normaliser when that text came along. */
export interface DraftEvidence {
  quote: string;
  /** Source reference as the file gives it: a source id, title, file name or URL; matched against `DraftDataset.sources`. */
  source?: string;
  /** A link to the source, when the file gives one (kept even when the quote cannot be anchored). */
  url?: string;
  /** W3C selector parts, when the file already has them (bundle): used to disambiguate repeated quotes. */
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  where: Where;
}

export interface DraftSource {
  /** Id as the file gives it (may be unsafe or missing: the normaliser makes a slug). */
  id?: string;
  title: string;
  titleZh?: string;
  url?: string;
  /** Partial ISO date or anything a date parser may read. */
  published?: string;
  language?: string;
  publisher?: string;
  /** Full text, when it came along (bundle, zip, .txt/.md opened with a CSV). */
  text?: string;
  where: Where;
}

export interface DraftEntity {
  /** Id as the file gives it (node id, Label for CSV): may be `__proto__`, may repeat: the normaliser reports it. */
  id: string;
  label?: string;
  labelZh?: string;
  /** Kind as the file gives it (`Person`, `公司`, `organization`…): mapped onto the vocabulary, else a custom kind. */
  kind?: string;
  aliases?: string[];
  description?: string;
  descriptionZh?: string;
  /** Position from the file (GEXF viz:position, yEd geometry, Graphology x/y). */
  x?: number;
  y?: number;
  /** Colour from the file (`#rrggbb`), kept for custom kinds. */
  color?: string;
  size?: number;
  where: Where;
}

export interface DraftRelation {
  id?: string;
  /** Entity ids (or, for CSV, labels) as the file gives them. */
  source: string;
  target: string;
  /** Relation type as the file gives it (`sued`, `Funding`, `起訴`…): mapped onto the vocabulary, else a custom type. */
  type?: string;
  /** undefined = the type's / the file's default. */
  directed?: boolean;
  stance?: string;
  /** Dates as the file gives them; the normaliser turns them into partial ISO dates or reports them. */
  date?: string;
  dateEnd?: string;
  /** `fact` / `claim` or anything close (`alleged`, `聲稱`…). */
  status?: string;
  claimedBy?: string;
  summary?: string;
  summaryZh?: string;
  evidence: DraftEvidence[];
  where: Where;
  /**
   * The file's own names for these fields (CSV headers such as `起點`), so the report names the column the user sees;
   * without them the report says From, To, Type, Stance, Date, End, Status, Claimed by.
   */
  columns?: Partial<Record<'source' | 'target' | 'type' | 'stance' | 'date' | 'dateEnd' | 'status' | 'claimedBy', string>>;
}

/** A custom relation type or kind the file declares (labels/colours), before it is merged into the vocabulary. */
export interface DraftType {
  id: string;
  label?: string;
  labelZh?: string;
  directed?: boolean;
  color?: string;
  /** Relation types only, when the file gives them (our own exports do): `funding`, `conflict`… and the default stance. */
  category?: string;
  defaultStance?: string;
  /** Kinds only, when the file gives them (our own exports do). */
  plural?: string;
  pluralZh?: string;
}

/** One parsed input (or several merged: entities CSV + relations CSV + .txt sources). */
export interface DraftDataset {
  name?: string;
  /** Graph-level default direction (GEXF defaultedgetype, GraphML edgedefault, Graphology type). Default true. */
  directedDefault?: boolean;
  sources: DraftSource[];
  entities: DraftEntity[];
  relations: DraftRelation[];
  kinds?: DraftType[];
  relationTypes?: DraftType[];
  /** true when entities are implied by relations (CSV relations file alone): the normaliser creates them, and says so. */
  impliedEntities?: boolean;
  /**
   * What the parser itself skipped or changed (a GraphML hyperedge, an invalid typed value, a nested graph flattened):
   * whoever receives the draft (orchestrator or normaliser) appends these to the import report, before its own.
   */
  issues?: ImportIssue[];
}
