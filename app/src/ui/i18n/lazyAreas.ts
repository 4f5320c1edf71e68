// The string tables the first screen does not need: one chunk, loaded with the deferred UI that uses them (see index.ts).
import type { AreaTable } from './areaTable';
import { edit } from './edit';
import { embed } from './embed';
import { exportArea } from './export';
import { passages } from './passages';
import { saveRepo } from './saveRepo';
import { scale } from './scale';
import { story } from './story';

/** The areas loaded after the first draw (Export, Share/embed, stories, the large-graph overview, edit mode). */
export const LAZY_AREAS = { export: exportArea, story, embed, scale, edit, passages, saveRepo } as const satisfies Record<string, AreaTable>;
