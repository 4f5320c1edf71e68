// Image exports from the drawn graph, through the view's export methods: PNG (Cytoscape's renderer, framed), SVG and PDF (our writers).
import { uiTokens } from '../../../../tailwind.config';
import { imageFrame, type ExportOptions } from '../../export/request';
import { creditLine, type ExportWords } from '../../export/words';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import type { GraphView } from '../viewport';
import type { Scene } from './scene';
import { sceneToSvg } from './svg';

/** An image and, when it had to be made smaller than asked, the scale it got. */
export interface ImageResult {
  blob: Blob;
  downscaledTo: number | null;
}

/** What an image export reads besides the view. */
export interface ImageContext {
  graph: EvidenceGraph;
  lang: Lang;
  words: ExportWords;
}

function withContent<T>(view: GraphView, content: ExportOptions['content'], fn: () => Promise<T>): Promise<T> {
  return content === 'all' ? view.withEverythingShown(fn) : fn();
}

function sceneOf(view: GraphView, ctx: ImageContext, options: ExportOptions, padding?: number): Promise<Scene> {
  return view.exportScene(ctx.graph, { full: options.scope === 'full', lang: ctx.lang, background: options.background ? uiTokens.canvas : null, ...(padding === undefined ? {} : { padding }) });
}

/** The title, legend and credit asked for (null parts left out). */
function frameContent(scene: Scene, ctx: ImageContext, options: ExportOptions) {
  const frame = imageFrame(options, ctx.graph.getAttribute('name'));
  return { title: frame.title, legend: frame.legend ? scene.legend : null, credit: frame.credit ? creditLine(ctx.graph, ctx.lang, ctx.words) : null };
}

/** A PNG through Cytoscape (downsized within canvas limits; never an empty file), framed for publishing when asked. */
export async function exportPngImage(view: GraphView, ctx: ImageContext, options: ExportOptions): Promise<ImageResult> {
  return withContent(view, options.content, async () => {
    const out = await view.exportPng({ scale: options.scale, full: options.scope === 'full', transparent: !options.background, background: uiTokens.canvas });
    const head = new Uint8Array(await out.blob.slice(0, 8).arrayBuffer());
    const isPng = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
    if (!isPng) throw new Error('PNG export failed: the browser did not return a PNG image');
    const downscaledTo = out.downscaled ? out.scale : null;
    const frame = imageFrame(options, ctx.graph.getAttribute('name'));
    if (!frame.title && !frame.legend && !frame.credit) return { blob: out.blob, downscaledTo };
    // The scene without padding is exactly the picture Cytoscape drew: its width sets the frame's scale.
    const scene = await sceneOf(view, ctx, options, 0);
    const content = frameContent(scene, ctx, options);
    const { framePng } = await import('./pngFrame');
    const blob = await framePng(out.blob, scene.width, content, { background: options.background ? uiTokens.canvas : null, fontFamily: scene.fontFamily });
    return { blob, downscaledTo };
  });
}

/** The SVG document text of the picture (title, legend and credit when asked). */
export async function exportSvgText(view: GraphView, ctx: ImageContext, options: ExportOptions): Promise<string> {
  return withContent(view, options.content, async () => {
    const scene = await sceneOf(view, ctx, options);
    const content = frameContent(scene, ctx, options);
    const svg = sceneToSvg(document, scene, { textOutline: true, numbers: false, legend: content.legend !== null, title: content.title, credit: content.credit });
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  });
}

/** The citable PDF: figure with numbered relations and legend, then the numbered quotes. */
export async function exportPdfBlob(view: GraphView, ctx: ImageContext, options: ExportOptions, date: Date): Promise<Blob> {
  return withContent(view, options.content, async () => {
    const scene = await sceneOf(view, ctx, options);
    const { sceneToPdf } = await import('./pdf');
    const { graph, lang, words } = ctx;
    const source = graph.getAttribute('sources')[0];
    return sceneToPdf(scene, {
      title: graph.getAttribute('name'),
      subtitle: words('pdfSubtitle', {
        nodes: scene.nodes.length,
        edges: scene.edges.length,
        scope: words(options.scope === 'full' ? 'pdfScopeFull' : 'pdfScopeView'),
        date: date.toISOString().slice(0, 10),
        source: source ? `${source.title[lang]}${source.published ? ` (${source.published})` : ''}` : '—',
      }),
      evidenceHeading: words('pdfEvidence'),
      evidenceNote: words('pdfEvidenceNote'),
    });
  });
}
