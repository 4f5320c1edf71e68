// Public API of the analysis render layer: camp looks, node sizes, the overlay and its stylesheet rules.
export { CAMP_COLORS, CAMP_BORDER_STYLES, MAX_STYLED_CAMPS, campBadge, campLook, type CampLook } from './campPalette';
export { NODE_SIZE, sizeData } from './sizeData';
export { OVERLAY_CLASSES, analysisOverlay, applyAnalysisOverlay, campNumbers, pathElementIds, type AnalysisOverlay, type OverlayNodeData } from './overlay';
export { analysisStylesheet } from './analysisStylesheet';
