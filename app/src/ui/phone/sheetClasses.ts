// The class names every phone sheet shares (own module, so the explorer's first bundle needs no sheet component for them).

/** Class names shared by every phone sheet: anchored to the bottom, at most half the height, above the graph. */
export const SHEET_CLASSES =
  'max-md:absolute max-md:inset-x-0 max-md:bottom-0 max-md:z-30 max-md:max-h-[50%] max-md:rounded-t-2xl max-md:border-t max-md:border-muted/30 max-md:shadow-[0_-8px_24px_rgba(0,0,0,0.18)]';
