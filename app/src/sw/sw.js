// The site's service worker (built into dist/sw.js by swPlugin.ts with the build's file list): precached files served cache-first, so the site works offline after one visit.

// Replaced at build time (swPlugin.ts): the build's version and every file it wrote, relative to the scope.
const CONFIG = { version: 'dev', files: [] };

const PREFIX = 'evidence-graph-';
const CACHE = `${PREFIX}${CONFIG.version}`;
const scopeUrl = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Fetched past the HTTP cache: the cache must hold exactly this build. A new worker waits until no page uses the old
  // one (the next visit), so a page never mixes two builds' files.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(CONFIG.files.map((f) => new Request(scopeUrl(f), { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  const url = new URL(request.url);
  // The app's page under any query: the scope itself or index.html (fragments never reach the worker).
  const page = request.mode === 'navigate' && (url.href.split('?')[0] === self.registration.scope || url.pathname.endsWith('/index.html'));
  // ignoreVary: the precache's requests carry no Origin header, a page's module requests do (a `Vary: Origin` reply
  // would otherwise never match).
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(page ? scopeUrl('index.html') : request, { ignoreSearch: page, ignoreVary: true }).then((hit) => hit ?? fetch(request)),
    ),
  );
});
