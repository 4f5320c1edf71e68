// Stands in for every `new Worker(…)` in the one-file build (its CSP allows no worker): each message is answered with an error event.

/** A Worker that never starts: `postMessage` reports, asynchronously, that workers are off in this page. */
export class NoWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {
    queueMicrotask(() => this.onerror?.(new ErrorEvent('error', { message: 'this one-file page runs no background workers (open the dataset in the full app for this)' })));
  }
  terminate(): void {}
  addEventListener(): void {}
  removeEventListener(): void {}
}
