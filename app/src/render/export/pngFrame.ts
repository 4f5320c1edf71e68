// Frames a Cytoscape PNG for publishing: title above, legend and credit below, drawn on a canvas (browser only).
import { FRAME_TEXT, layoutFrame, type FrameContent, type FrameText } from './frameLayout';
import { nodePolygon, roundRectRadius } from './geometry';

const INK = '#1c1c1e';
const MUTED = '#55575c';

/** How to paint the frame: the picture's background (null = transparent) and the font of its text. */
export interface PngFrameStyle {
  background: string | null;
  fontFamily: string;
}

function shapePath(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, w: number, h: number): void {
  ctx.beginPath();
  const poly = nodePolygon(shape, x, y, w, h);
  if (poly) {
    poly.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    ctx.closePath();
  } else if (shape === 'rectangle' || shape === 'round-rectangle') {
    ctx.roundRect(x - w / 2, y - h / 2, w, h, shape === 'round-rectangle' ? roundRectRadius(w, h) : 0);
  } else {
    ctx.ellipse(x, y, w / 2, h / 2, 0, 0, 2 * Math.PI);
  }
}

function text(ctx: CanvasRenderingContext2D, t: FrameText, style: PngFrameStyle, color: string, bold = false): void {
  ctx.font = `${bold ? 'bold ' : ''}${t.size}px ${style.fontFamily}`;
  ctx.fillStyle = color;
  ctx.fillText(t.text, t.x, t.y);
}

/**
 * A new PNG: `png` (a picture `graphWidth` CSS px wide at any scale) with the frame laid out as in
 * the SVG export, at the same scale. Text from data is drawn with fillText (never parsed).
 */
export async function framePng(png: Blob, graphWidth: number, content: FrameContent, style: PngFrameStyle): Promise<Blob> {
  const bitmap = await createImageBitmap(png);
  const unit = bitmap.width / Math.max(1, graphWidth);
  const frame = layoutFrame(graphWidth, bitmap.height / unit, content);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = Math.round((frame.top + frame.bottom) * unit) + bitmap.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG export: this browser cannot draw on a canvas');
  if (style.background) {
    ctx.fillStyle = style.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(bitmap, 0, Math.round(frame.top * unit));
  bitmap.close();
  ctx.setTransform(unit, 0, 0, unit, 0, 0);
  ctx.textBaseline = 'alphabetic';
  for (const t of frame.title) text(ctx, t, style, INK, true);
  if (frame.legend) {
    const { top, height, heading, items } = frame.legend;
    const size = FRAME_TEXT.legend;
    ctx.save();
    ctx.translate(0, top);
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#d5d5d5';
    ctx.lineWidth = 1;
    ctx.fillRect(0, 0, graphWidth, height);
    ctx.strokeRect(0, 0, graphWidth, height);
    text(ctx, heading, style, INK, true);
    for (const { x, y, item } of items) {
      if (item.kind === 'shape') {
        const s = size * 1.2;
        shapePath(ctx, item.value.shape, x + s / 2, y - size * 0.35, s, s);
        ctx.fillStyle = item.value.color;
        ctx.fill();
        ctx.strokeStyle = INK;
        ctx.stroke();
        text(ctx, { text: item.value.label, x: x + s + 6, y, size }, style, INK);
      } else {
        const s = size * 2.2;
        ctx.beginPath();
        ctx.setLineDash(item.value.dashed ? [6, 4] : []);
        ctx.moveTo(x, y - size * 0.35);
        ctx.lineTo(x + s, y - size * 0.35);
        ctx.strokeStyle = item.value.color;
        ctx.lineWidth = 2;
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.lineWidth = 1;
        text(ctx, { text: item.value.label, x: x + s + 6, y, size }, style, INK);
      }
    }
    ctx.restore();
  }
  for (const t of frame.credit) text(ctx, t, style, MUTED);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size < 64) throw new Error(`PNG export failed: the browser returned an empty framed image (${canvas.width}×${canvas.height} px)`);
  return blob;
}
