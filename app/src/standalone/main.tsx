// Entry point of the one-file build (vite.standalone.config.ts): mounts the read-only explorer on the page's embedded dataset.
import '../zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadStrings } from '../ui/i18n';
import { StandaloneApp } from './StandaloneApp';
import '../index.css';

const root = document.getElementById('root');
if (!root) throw new Error('standalone.html: missing #root element');
// Every string table first (they are in this one file: no request), so the loading screen's words are there.
void loadStrings().then(() =>
  createRoot(root).render(
    <StrictMode>
      <StandaloneApp />
    </StrictMode>,
  ),
);
