// Words of the Export menu and of exported files, in English and Traditional Chinese.
import type { Lang } from '../../state/types';
import { format } from '../formatTemplate';

const en = {
  export: 'Export',
  content: 'Content',
  images: 'Images',
  data: 'Data',
  scopeView: 'Current view',
  scopeFull: 'Whole graph',
  scale: '{n}× size',
  background: 'With background',
  transparent: 'Transparent',
  contentVisible: 'Visible only (filters apply)',
  contentAll: 'Everything',
  png: 'PNG image',
  svg: 'SVG vector image',
  pdf: 'PDF with citations',
  json: 'Graphology JSON',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (Cytoscape, yEd)',
  csv: 'CSV (entities + relations)',
  md: 'Markdown evidence report',
  working: 'Exporting {format}…',
  done: 'Exported {files}.',
  downscaled: 'Exported {files}; the image was too large for this browser and was made smaller ({scale}×).',
  failed: 'Export failed: {message}',
  noGraph: 'the graph is not drawn yet (switch to the graph view)',
  reportTitle: 'Evidence report: {name}',
  pdfSubtitle: '{nodes} entities, {edges} relations · {scope} · exported {date} · source: {source}',
  pdfScopeView: 'current view',
  pdfScopeFull: 'whole graph',
  pdfEvidence: 'Evidence: the quotes behind the relations in the figure',
  pdfEvidenceNote: 'Numbers match the badges on the lines of the figure. Quotes are verbatim from the source; positions are character offsets into its text.',
};

export type ExportKey = keyof typeof en;

const zh: Record<ExportKey, string> = {
  export: '匯出',
  content: '內容',
  images: '圖片',
  data: '資料',
  scopeView: '目前畫面',
  scopeFull: '整個圖形',
  scale: '{n} 倍大小',
  background: '含背景',
  transparent: '透明背景',
  contentVisible: '僅可見項目(套用篩選)',
  contentAll: '全部',
  png: 'PNG 圖片',
  svg: 'SVG 向量圖',
  pdf: 'PDF(附引文)',
  json: 'Graphology JSON',
  gexf: 'GEXF(Gephi)',
  graphml: 'GraphML(Cytoscape、yEd)',
  csv: 'CSV(實體 + 關係)',
  md: 'Markdown 證據報告',
  working: '正在匯出 {format}……',
  done: '已匯出 {files}。',
  downscaled: '已匯出 {files};圖片超出此瀏覽器的上限,已縮小({scale} 倍)。',
  failed: '匯出失敗:{message}',
  noGraph: '圖形尚未繪製(請切換到圖形檢視)',
  reportTitle: '證據報告:{name}',
  pdfSubtitle: '{nodes} 個實體,{edges} 條關係 · {scope} · 匯出於 {date} · 來源:{source}',
  pdfScopeView: '目前畫面',
  pdfScopeFull: '整個圖形',
  pdfEvidence: '證據:圖中各關係所依據的引文',
  pdfEvidenceNote: '編號對應圖中連線上的標記。引文逐字摘自來源;位置為來源文字中的字元偏移。',
};

const tables: Record<Lang, Record<ExportKey, string>> = { en, zh };

/** The export string `key` in `lang`, `{name}` placeholders filled from `vars` (plain text). */
export function et(key: ExportKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return format(tables[lang][key], vars);
}
