// @ts-check
/**
 * minecalc's service worker: caches the site (pages, styles, the element module and its
 * WebAssembly) on the first visit so the calculator works offline afterwards.
 *
 * - Pages: network first (so an updated site shows when online), the cache when offline.
 * - Everything else of this origin: the cached copy at once, refreshed in the background.
 * - Requests to other origins are not touched (the site makes none), nor is market data
 *   (`*.json` outside `lang/`): the element fetches it fresh and keeps its own offline copy.
 *   The widget's texts (`lang/*.json`) are part of the app and cached like it.
 */

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** Bump when the list below changes shape; old caches are deleted on activation. */
const CACHE = 'minecalc-v2';

/** The app shell, relative to this file. */
const SHELL = [
  './',
  'index.html',
  'docs.html',
  'embed.html',
  'site.css',
  'demo.js',
  'embed.js',
  'widget-fields.json',
  'mining-calculator.js',
  // The first module, then everything it loads on demand: the full module and the texts of
  // each language but English. All cached, so every view and language works offline.
  'pkg/minecalc_first.js',
  'pkg/minecalc_first_bg.wasm',
  'pkg/minecalc_wasm.js',
  'pkg/minecalc_wasm_bg.wasm',
  'lang/de.json',
  'lang/es.json',
  'lang/fr.json',
  'lang/pt.json',
  'lang/ru.json',
  'lang/zh.json',
  'manifest.webmanifest',
  'icon.svg',
];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL.map((path) => new Request(new URL(path, sw.location.href), { cache: 'no-cache' })));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        // `minecalc-market-v1` is the element's offline copy of the market data: kept.
        if (key !== CACHE && key !== 'minecalc-market-v1' && key.startsWith('minecalc-')) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const data = url.pathname.endsWith('.json') && !url.pathname.includes('/lang/');
  if (request.method !== 'GET' || url.origin !== sw.location.origin || data) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request, event));
});

/**
 * A page: from the network when it answers, else from the cache (or the demo page).
 *
 * @param {Request} request
 * @returns {Promise<Response>}
 */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match('index.html'));
    if (cached) return cached;
    throw error;
  }
}

/**
 * A file: the cached copy if there is one (refreshed in the background), else the network.
 *
 * @param {Request} request
 * @param {FetchEvent} event
 * @returns {Promise<Response>}
 */
async function cacheFirst(request, event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  const refresh = fetch(request).then(
    async (response) => {
      if (response.ok) await cache.put(request, response.clone());
      return response;
    },
    () => undefined,
  );
  if (cached) {
    event.waitUntil(refresh);
    return cached;
  }
  const response = await refresh;
  return response ?? Response.error();
}
