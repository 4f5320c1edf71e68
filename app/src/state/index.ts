// The view-state API: parse → clean → serialize deep links, history policy, notices. See README.md.
export { cleanViewState } from './cleanViewState';
export { datasetIndexFromGraph, type DatasetIndex } from './datasetIndex';
export { defaultViewState } from './defaultViewState';
export { historyMode } from './historyMode';
export { LINK_KEYS, LINK_VERSION } from './linkKeys';
export { MIGRATIONS } from './migrations';
export { NOTICE_REASONS, noticeMessage, type Notice, type NoticeReason } from './notices';
export { parseViewState, type ParsedLink } from './parseViewState';
export type { RawViewState } from './rawViewState';
export { serializeViewState } from './serializeViewState';
export { toRawViewState } from './toRawViewState';
export type * from './types';
export { viewStateFromLink } from './viewStateFromLink';
export { LIMITS, viewStateSchema } from './viewStateSchema';
