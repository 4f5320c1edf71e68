// Public API of the evidence panels: presentational components (all data via props) and their pure helpers.
export { DetailsPanel, type DetailsPanelProps } from './DetailsPanel';
export { EvidencePanel, type EvidencePanelProps } from './EvidencePanel';
export { BundlePanel, type BundlePanelProps } from './BundlePanel';
export { Reader, type ReaderProps, type ReaderFlash } from './Reader';
export { DataTable, type DataTableProps } from './DataTable';
export { Legend, type LegendProps } from './Legend';
export { KindIcon } from './KindIcon';
export { CategorySwatch } from './CategorySwatch';
export { readerLines, type TextLine, type LineRun, type ReaderPiece } from './readerLines';
