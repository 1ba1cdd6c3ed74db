// Trede's service worker: precaches one build, serves it cache-first, and never talks to another
// origin. A new build installs beside the old one and waits until the page asks for it.
const CACHE = 'trede-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
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
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit =
        (await cache.match(event.request, { ignoreSearch: true })) ||
        (event.request.mode === 'navigate' ? await cache.match('./') : undefined);
      return hit || fetch(event.request);
    })(),
  );
});
