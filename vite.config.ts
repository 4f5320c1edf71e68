// Vite config: the app lives in app/, builds to dist/ with relative paths so it runs under any sub-path.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  base: './',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173, strictPort: false, headers: { 'Referrer-Policy': 'no-referrer' } },
  preview: { port: 4173, headers: { 'Referrer-Policy': 'no-referrer' } },
});
