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
  /** Test builds only: render a child that throws, to exercise the real React error path. */
  forced: boolean;
}

/** Test hooks, present only in builds made with VITE_TEST=1. */
export interface TestHooks {
  /** Makes the boundary for `area` (e.g. 'panel', 'graph', 'reader', 'table', 'filters') catch a render error; false if none is mounted. */
  throwIn(area: string): boolean;
}

declare global {
  interface Window {
    __evidenceGraphTestHooks?: TestHooks;
  }
}

const TEST_BUILD = import.meta.env.VITE_TEST === '1';
const mounted = new Map<string, Set<() => void>>();

if (TEST_BUILD && typeof window !== 'undefined') {
  window.__evidenceGraphTestHooks = {
    throwIn(area) {
      const arms = mounted.get(area);
      arms?.forEach((arm) => arm());
      return (arms?.size ?? 0) > 0;
    },
  };
}

function ForcedFailure({ area }: { area: string }): ReactNode {
  throw new Error(`forced failure in ${area} (test hook)`);
}

/** Catches render errors below it; the fallback keeps the link (reload re-opens the same view). */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, forced: false };
  private readonly arm = (): void => this.setState({ forced: true });

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidMount(): void {
    if (!TEST_BUILD) return;
    const arms = mounted.get(this.props.area) ?? new Set();
    arms.add(this.arm);
    mounted.set(this.props.area, arms);
  }

  override componentWillUnmount(): void {
    mounted.get(this.props.area)?.delete(this.arm);
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[${this.props.area}]`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) {
      return (
        <>
          {this.state.forced ? <ForcedFailure area={this.props.area} /> : null}
          {this.props.children}
        </>
      );
    }
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
