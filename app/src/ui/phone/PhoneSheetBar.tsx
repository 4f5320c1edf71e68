// The top bar of a panel that is a sheet on phones (hidden from `md` up, where the toolbar toggle closes it).
import { useState } from 'react';
import type { Lang } from '../../state/types';
import { SheetHeader } from './SheetHeader';

/** Collapse and close controls of a phone sheet; collapsing hides the sheet's content below the bar. */
export function PhoneSheetBar({ lang, closeLabel, onClose }: { lang: Lang; closeLabel: string; onClose: () => void }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <div className={`md:hidden ${collapsed ? 'max-md:[&~*]:hidden' : ''}`}>
      <SheetHeader lang={lang} collapsed={collapsed} onCollapsedChange={setCollapsed} close={{ label: closeLabel, onClick: onClose }} />
    </div>
  );
}
