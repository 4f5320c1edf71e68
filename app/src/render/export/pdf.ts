// PDF export (browser only, loaded lazily): the figure as vector graphics via svg2pdf.js, then the numbered quotes.
import type { jsPDF as JsPdf } from 'jspdf';
import type { Scene } from './scene';
import { SVG_NS, sceneToSvg } from './svg';
import { isPdfLatin, textImage, wrapText } from './textImage';

/** Words printed around the figure, in the export's language. */
export interface PdfTexts {
  title: string;
  subtitle: string;
  evidenceHeading: string;
  /** Said once under the evidence heading (e.g. how quotes are referenced). */
  evidenceNote: string;
}

const XLINK_NS = 'http://www.w3.org/1999/xlink';
const MARGIN = 36;
const INK = '#1c1c1e';
const MUTED = '#55575c';

/** Arrows and other symbols the standard fonts lack, replaced by ASCII so captions stay real text. */
function latinize(text: string): string {
  return text.replace(/→/g, '->').replace(/←/g, '<-').replace(/↔/g, '<->');
}

/** Replaces every `<text>` the standard PDF fonts cannot encode with an `<image>` of the same text. */
function rasterizeText(svg: Element, fontFamily: string): void {
  for (const text of Array.from(svg.getElementsByTagName('text'))) {
    const content = text.textContent ?? '';
    if (isPdfLatin(content)) continue;
    const size = Number(text.getAttribute('font-size') ?? 11);
    const img = textImage(content, {
      fontSize: size,
      fontFamily,
      color: text.getAttribute('fill') ?? INK,
      maxWidth: null,
      bold: text.getAttribute('font-weight') === 'bold',
    });
    const x = Number(text.getAttribute('x') ?? 0);
    const y = Number(text.getAttribute('y') ?? 0);
    const anchor = text.getAttribute('text-anchor');
    const image = svg.ownerDocument.createElementNS(SVG_NS, 'image');
    image.setAttribute('x', String(anchor === 'middle' ? x - img.width / 2 : x - 2));
    image.setAttribute('y', String(y - size * 1.05));
    image.setAttribute('width', String(img.width));
    image.setAttribute('height', String(img.height));
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttributeNS(XLINK_NS, 'xlink:href', img.dataUrl);
    const transform = text.getAttribute('transform');
    if (transform) image.setAttribute('transform', transform);
    const opacity = text.getAttribute('fill-opacity');
    if (opacity) image.setAttribute('opacity', opacity);
    text.replaceWith(image);
  }
}

/** A top-to-bottom text flow over pages: real text when the standard fonts can encode it, images otherwise. */
class Flow {
  y = MARGIN;
  constructor(
    private readonly doc: JsPdf,
    private readonly fontFamily: string,
  ) {}
  private get width(): number {
    return this.doc.internal.pageSize.getWidth() - 2 * MARGIN;
  }
  private room(height: number): void {
    if (this.y + height > this.doc.internal.pageSize.getHeight() - MARGIN) {
      this.doc.addPage('a4', 'portrait');
      this.y = MARGIN;
    }
  }
  space(pt: number): void {
    this.y += pt;
  }
  write(raw: string, opts: { size: number; bold?: boolean; color?: string; indent?: number }): void {
    const text = latinize(raw);
    const indent = opts.indent ?? 0;
    const width = this.width - indent;
    const lineHeight = opts.size * 1.35;
    if (isPdfLatin(text)) {
      this.doc.setFont('helvetica', opts.bold ? 'bold' : 'normal');
      this.doc.setFontSize(opts.size);
      this.doc.setTextColor(opts.color ?? INK);
      for (const line of this.doc.splitTextToSize(text, width) as string[]) {
        this.room(lineHeight);
        this.doc.text(line, MARGIN + indent, this.y + opts.size);
        this.y += lineHeight;
      }
      return;
    }
    const canvas = document.createElement('canvas').getContext('2d');
    if (!canvas) throw new Error('PDF export: this browser cannot draw text on a canvas');
    canvas.font = `${opts.bold ? 'bold ' : ''}${opts.size}px ${this.fontFamily}`;
    const lines = wrapText(text, width, (s) => canvas.measureText(s).width);
    // Lines that fit on this page go into one image (fewer, larger images compress better).
    while (lines.length > 0) {
      this.room(lineHeight);
      const fit = Math.max(1, Math.floor((this.doc.internal.pageSize.getHeight() - MARGIN - this.y) / lineHeight));
      const chunk = lines.splice(0, fit);
      const img = textImage(chunk.join('\n'), { fontSize: opts.size, fontFamily: this.fontFamily, color: opts.color ?? INK, maxWidth: null, bold: opts.bold ?? false, scale: 2.5, background: '#ffffff' });
      this.doc.addImage(img.dataUrl, 'PNG', MARGIN + indent - 2, this.y, img.width, img.height);
      this.y += lineHeight * chunk.length;
    }
  }
}

/**
 * A PDF of `scene`: page 1 holds the title and the figure (vector; relations numbered, legend
 * below); the next pages list, by number, every visible relation with its summary and quotes.
 * The standard PDF fonts have no Chinese glyphs, so text they cannot encode is embedded as
 * high-resolution images (not selectable); Latin text stays real, searchable text.
 */
export async function sceneToPdf(scene: Scene, texts: PdfTexts): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const fontFamily = scene.fontFamily;
  const svg = sceneToSvg(document, { ...scene, fontFamily: `helvetica, ${fontFamily}` }, { textOutline: false, numbers: true, legend: true });
  rasterizeText(svg, fontFamily);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const doc = new jsPDF({ orientation: width >= height ? 'landscape' : 'portrait', unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({ title: isPdfLatin(texts.title) ? texts.title : 'Evidence Graph', creator: 'Evidence Graph' });
  const flow = new Flow(doc, fontFamily);
  flow.write(texts.title, { size: 16, bold: true });
  flow.write(texts.subtitle, { size: 9, color: MUTED });
  flow.space(6);
  const boxW = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const boxH = doc.internal.pageSize.getHeight() - flow.y - MARGIN;
  const fit = Math.min(boxW / width, boxH / height);
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.position = 'fixed';
  host.style.left = '-100000px';
  host.style.top = '0';
  host.appendChild(svg);
  document.body.appendChild(host);
  try {
    await svg2pdf(svg, doc, { x: MARGIN + (boxW - width * fit) / 2, y: flow.y, width: width * fit, height: height * fit });
  } finally {
    host.remove();
  }
  doc.addPage('a4', 'portrait');
  flow.y = MARGIN;
  flow.write(texts.evidenceHeading, { size: 14, bold: true });
  flow.write(texts.evidenceNote, { size: 9, color: MUTED });
  flow.space(8);
  for (const edge of scene.edges) {
    flow.write(`[${edge.number}] ${edge.caption}`, { size: 10.5, bold: true });
    if (edge.summary) flow.write(edge.summary, { size: 9.5, indent: 18 });
    for (const quote of edge.quotes) {
      flow.space(2);
      flow.write(`“${quote.exact}”`, { size: 10, indent: 18 });
      flow.write(`— ${quote.reference}`, { size: 8.5, color: MUTED, indent: 28 });
    }
    flow.space(8);
  }
  const blob = doc.output('blob');
  if (blob.size < 200) throw new Error('PDF export failed: the document came out empty');
  return blob;
}
