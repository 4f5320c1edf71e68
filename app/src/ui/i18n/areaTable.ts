// The shape of one area's string table: the same keys in English and Chinese, `{name}` placeholders.
import type { Lang } from '../../model/queries';

/** One area's templates per language (the parity test checks both have the same keys and placeholders). */
export type AreaTable = Readonly<Record<Lang, Readonly<Record<string, string>>>>;
