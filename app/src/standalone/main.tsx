// Entry point of the one-file build (vite.standalone.config.ts): mounts the read-only explorer on the page's embedded dataset.
import '../zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandaloneApp } from './StandaloneApp';
import '../index.css';

const root = document.getElementById('root');
if (!root) throw new Error('standalone.html: missing #root element');
createRoot(root).render(
  <StrictMode>
    <StandaloneApp />
  </StrictMode>,
);
