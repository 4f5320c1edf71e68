// Entry point: mounts the explorer. (No zod here: schemas load after the first draw, each through model/z.ts, which configures it.)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html: missing #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Offline after the first visit: the built site's service worker (never the dev server's page; the one-file page has its own entry).
if (import.meta.env.PROD) void import('./sw/register').then((m) => m.registerServiceWorker());
