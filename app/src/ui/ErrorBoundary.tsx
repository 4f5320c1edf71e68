// Error boundary for one area (graph, panel, reader): shows a message and a "reload this view" action; the URL stays.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the area in the message, e.g. "graph". */
  area: string;
  message: string;
  reloadLabel: string;
  children: ReactNode;
}

interface State {
  error: string | null;
}

/** Catches render errors below it; the fallback keeps the link (reload re-opens the same view). */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[${this.props.area}]`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" data-error-area={this.props.area} className="m-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-ink">
        <p className="font-semibold">{this.props.message}</p>
        <p className="mt-1 font-mono text-xs break-all">{this.state.error}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-2 rounded border border-muted/50 bg-white px-2 py-1 font-medium hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
        >
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
