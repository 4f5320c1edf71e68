// Image exports from the drawn graph: PNG (Cytoscape's renderer), SVG and PDF (our writers, from the rendered geometry).
import type { Core } from 'cytoscape';
import { uiTokens } from '../../../../tailwind.config';
import type { EvidenceGraph } from '../../model/graph';
import { sceneFromCy } from '../../render/export/sceneFromCy';
import { sceneToSvg } from '../../render/export/svg';
import type { GraphView } from '../../render/viewport';
import type { Lang } from '../../state/types';
import { t } from '../i18n';
import type { ExportOptions } from './runExport';

/** An image and, when it had to be made smaller than asked, the scale it got. */
export interface ImageResult {
  blob: Blob;
  downscaledTo: number | null;
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Runs `fn` with every element shown (for "everything"), then hides again what was hidden. */
async function withContent<T>(cy: Core, content: ExportOptions['content'], fn: () => Promise<T>): Promise<T> {
  if (content === 'visible') return fn();
  const hidden = cy.elements('.hidden');
  hidden.removeClass('hidden');
  try {
    await frame();
    await frame();
    return await fn();
  } finally {
    hidden.addClass('hidden');
  }
}

function sceneOf(cy: Core, graph: EvidenceGraph, options: ExportOptions, lang: Lang) {
  return sceneFromCy(cy, graph, { full: options.scope === 'full', lang, background: options.background ? uiTokens.canvas : null });
}

/** A PNG through Cytoscape (downsized within canvas limits; never an empty file). */
export async function exportPngImage(view: GraphView, options: ExportOptions): Promise<ImageResult> {
  return withContent(view.core, options.content, async () => {
    const out = await view.exportPng({ scale: options.scale, full: options.scope === 'full', transparent: !options.background, background: uiTokens.canvas });
    const head = new Uint8Array(await out.blob.slice(0, 8).arrayBuffer());
    const isPng = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
    if (!isPng) throw new Error('PNG export failed: the browser did not return a PNG image');
    return { blob: out.blob, downscaledTo: out.downscaled ? out.scale : null };
  });
}

/** The SVG document text of the picture (legend included). */
export async function exportSvgText(view: GraphView, graph: EvidenceGraph, options: ExportOptions, lang: Lang): Promise<string> {
  return withContent(view.core, options.content, async () => {
    const svg = sceneToSvg(document, sceneOf(view.core, graph, options, lang), { textOutline: true, numbers: false, legend: true });
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  });
}

/** The citable PDF: figure with numbered relations and legend, then the numbered quotes. */
export async function exportPdfBlob(view: GraphView, graph: EvidenceGraph, options: ExportOptions, lang: Lang, date: Date): Promise<Blob> {
  return withContent(view.core, options.content, async () => {
    const scene = sceneOf(view.core, graph, options, lang);
    const { sceneToPdf } = await import('../../render/export/pdf');
    const source = graph.getAttribute('sources')[0];
    return sceneToPdf(scene, {
      title: graph.getAttribute('name'),
      subtitle: t('export.pdfSubtitle', lang, {
        nodes: scene.nodes.length,
        edges: scene.edges.length,
        scope: t(options.scope === 'full' ? 'export.pdfScopeFull' : 'export.pdfScopeView', lang),
        date: date.toISOString().slice(0, 10),
        source: source ? `${source.title[lang]} (${source.published})` : '—',
      }),
      evidenceHeading: t('export.pdfEvidence', lang),
      evidenceNote: t('export.pdfEvidenceNote', lang),
    });
  });
}
