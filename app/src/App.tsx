// The app root: loads the built-in dataset once and hands it to the explorer; a load failure is shown, not thrown.
import { useState } from 'react';
import { Explorer } from './ui/Explorer';
import { loadBuiltInDataset, type LoadedDataset } from './ui/builtInDataset';

function load(): { data: LoadedDataset } | { error: string } {
  try {
    return { data: loadBuiltInDataset() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Root component. */
export function App() {
  const [loaded] = useState(load);
  if ('error' in loaded) {
    return (
      <main className="p-6 text-ink">
        <h1 className="text-xl font-bold">Evidence Graph</h1>
        <p role="alert" className="mt-2">
          The built-in dataset could not be loaded: <span className="font-mono text-sm">{loaded.error}</span>
        </p>
      </main>
    );
  }
  return <Explorer data={loaded.data} />;
}
