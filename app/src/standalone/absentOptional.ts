// Stands in, in the one-file build, for jspdf's optional dependencies (html2canvas, DOMPurify, canvg): our PDF export never calls them.

/** Throws: the feature needing this library (jspdf's html() and addSvgAsImage) is not used by Evidence Graph. */
export default function absentOptional(): never {
  throw new Error('not included in the one-file page');
}
export const Canvg = absentOptional;
