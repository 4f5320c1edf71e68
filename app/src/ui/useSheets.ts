// The explorer's side panels: which are open and, on phones (one sheet at a time), which one is in front.
import { useCallback, useState } from 'react';
import type { ViewState } from '../state/types';
import { frontSheet, raiseSheet, type SheetName } from './phone/sheetStack';

/** Open/closed panels, the sheet order, and the toolbar's toggle. */
export interface Sheets {
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
  analysisOpen: boolean;
  setAnalysisOpen: (open: boolean) => void;
  timelineOpen: boolean;
  setTimelineOpen: (open: boolean) => void;
  /** Brings a sheet to the front (phones). */
  raise: (name: SheetName) => void;
  /** The sheet in front on a phone (null on desktop, where every open panel shows). */
  front: SheetName | null;
  shown: (name: SheetName) => boolean;
  behind: (name: SheetName) => boolean;
  /** A toolbar toggle: on a phone, a sheet that is open but behind another comes to the front instead of closing. */
  toggleSheet: (name: SheetName, setOpen: (open: boolean) => void) => void;
}

/** The panel and reader sheets follow the view state (selection, reader); filters, analysis and timeline are local. */
export function useSheets(isPhone: boolean, state: Pick<ViewState, 'selection' | 'reader' | 'path' | 'camps' | 'sizeBy'>): Sheets {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [analysisOpen, setAnalysisOpen] = useState(() => state.path !== null || state.camps || state.sizeBy !== 'none');
  const [sheetOrder, setSheetOrder] = useState<SheetName[]>([]);
  const raise = useCallback((name: SheetName) => setSheetOrder((o) => raiseSheet(o, name)), []);
  const sheetsOpen: Record<SheetName, boolean> = {
    filters: filtersOpen,
    analysis: analysisOpen,
    timeline: timelineOpen,
    panel: state.selection !== null,
    reader: state.reader.open,
  };
  // Phones show one sheet at a time: the last one raised that is still open. Desktop shows every open panel.
  const front = isPhone ? frontSheet(sheetOrder, sheetsOpen) : null;
  const shown = (name: SheetName): boolean => (isPhone ? front === name : sheetsOpen[name]);
  const behind = (name: SheetName): boolean => isPhone && front !== name;
  const toggleSheet = (name: SheetName, setOpen: (open: boolean) => void): void => {
    if (sheetsOpen[name] && behind(name)) return raise(name);
    if (!sheetsOpen[name]) raise(name);
    setOpen(!sheetsOpen[name]);
  };
  const selKey = state.selection ? `${state.selection.kind}:${state.selection.id}` : '';
  // A new selection brings the details/evidence sheet to the front (adjusting state while rendering, not in an effect).
  const [raisedFor, setRaisedFor] = useState('');
  if (selKey !== raisedFor) {
    setRaisedFor(selKey);
    if (selKey) setSheetOrder((o) => raiseSheet(o, 'panel'));
  }
  return { filtersOpen, setFiltersOpen, analysisOpen, setAnalysisOpen, timelineOpen, setTimelineOpen, raise, front, shown, behind, toggleSheet };
}
