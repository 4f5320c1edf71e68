// Saving a Blob as a file through a temporary object URL (no request leaves the page).
/** Offers `blob` for download as `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name that says what it holds: dataset, selection, date, e.g. `evidence-graph_elon-musk_2026-11-29.png`. */
export function exportFileName(what: string, selectionId: string | null, ext: string, now = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  const safe = (s: string): string => s.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return [safe(what) || 'graph', selectionId ? safe(selectionId) : null, date].filter(Boolean).join('_') + `.${ext}`;
}
