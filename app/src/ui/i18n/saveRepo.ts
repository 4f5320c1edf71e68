// Strings of "Save to graph-data/" (dev server only, edit mode): the button, its confirmation, the outcome and the validator's problems.
import type { AreaTable } from './areaTable';

const en = {
  button: 'Save to graph-data/',
  hint: 'Write this draft into the repository’s graph-data/ folder (npm start only)',
  confirm: 'Replace the repository’s graph-data/ with this draft? The previous folder is kept as a backup under .cache/.',
  confirmSave: 'Replace graph-data/',
  cancel: 'Cancel',
  saving: 'Saving to graph-data/…',
  saved: 'Saved {written} files to graph-data/ ({removed} removed). The previous graph-data/ is in {backup}. Run npm run data to rebuild the built-in dataset.',
  savedNoBackup: 'Saved {written} files to graph-data/. Run npm run data to rebuild the built-in dataset.',
  refused: 'Not saved: {message}',
  invalid: 'Not saved: the validator found {n} problem(s); graph-data/ was not changed.',
  more: '…and {n} more.',
  close: 'Close',
};

const zh: Record<keyof typeof en, string> = {
  button: '儲存到 graph-data/',
  hint: '將此草稿寫入儲存庫的 graph-data/ 資料夾(僅限 npm start)',
  confirm: '以此草稿取代儲存庫的 graph-data/?原資料夾會備份在 .cache/ 之下。',
  confirmSave: '取代 graph-data/',
  cancel: '取消',
  saving: '正在儲存到 graph-data/…',
  saved: '已將 {written} 個檔案儲存到 graph-data/(移除 {removed} 個)。原來的 graph-data/ 在 {backup}。執行 npm run data 以重建內建資料集。',
  savedNoBackup: '已將 {written} 個檔案儲存到 graph-data/。執行 npm run data 以重建內建資料集。',
  refused: '未儲存:{message}',
  invalid: '未儲存:驗證器發現 {n} 個問題;graph-data/ 未變更。',
  more: '……另有 {n} 個。',
  close: '關閉',
};

export const saveRepo = { en, zh } satisfies AreaTable;
