// Trede's service worker: precaches one build, serves it from the cache only, and never talks to
// another origin. A new build installs beside the old one and waits until the page asks for it.
//
// - Precaching asks the network, not the browser's HTTP cache (`cache: 'reload'`): a stale file
//   from an earlier build can never be stored under this build's name.
// - The app's own files come from this cache only once installed: no network fall-through, so
//   nothing the server (or a network in between) sends later changes the running app.
// - Activation deletes only this app's older caches (`trede-` and not this one); any other cache
//   of the origin is not ours to touch.
const PREFIX = 'trede-';
const CACHE = 'trede-__VERSION__';
const FILES = __FILES__;
const OWN = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const own = OWN.has(url.origin + url.pathname) || event.request.mode === 'navigate';
  if (!own) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit =
        (await cache.match(event.request, { ignoreSearch: true })) ||
        (event.request.mode === 'navigate' ? await cache.match('./') : undefined);
      // The app's own file, missing from its cache: an error, never another version from the net.
      return hit || new Response('', { status: 504, statusText: 'Not in the offline copy' });
    })(),
  );
});
