// Vite plugin, dev server only (`npm start`): the "Save to graph-data/" endpoint and the per-start token in the dev page; the static build has neither.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
import { SAVE_PATH, TOKEN_META } from './protocol';
import { handleSave } from './saveRequest';

/** Reads a request body as UTF-8, or null (and stops reading) once it is over `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** The endpoint, answering under `root` (the repository). `token` is made fresh per server start unless given (tests). */
export function saveToGraphDataPlugin(root: string, token = randomBytes(32).toString('base64url')): Plugin {
  return {
    name: 'evidence-graph-save-to-graph-data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(SAVE_PATH, (req, res) => {
        const address = server.httpServer?.address();
        const port = typeof address === 'object' && address !== null ? (address as AddressInfo).port : server.config.server.port;
        handleSave({ method: req.method, remoteAddress: req.socket.remoteAddress, headers: req.headers, readBody: (limit) => readBody(req, limit) }, { root, token, port: port ?? 0 })
          .then(({ status, answer }) => {
            res.statusCode = status;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(JSON.stringify(answer));
          })
          .catch((error: unknown) => {
            res.statusCode = 500;
            res.end(JSON.stringify({ ok: false, reason: 'write-failed', message: error instanceof Error ? error.message : String(error) }));
          });
      });
    },
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: TOKEN_META, content: token }, injectTo: 'head' }],
  };
}
