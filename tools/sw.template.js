// Trede's service worker: precaches one build, serves it from the cache only, and never talks to
// another origin. A new build installs beside the old one and waits until the page asks for it.
//
// - Precaching asks the network, not the browser's HTTP cache (`cache: 'reload'`): a stale file
//   from an earlier build can never be stored under this build's name.
// - The app's own files come from this cache only once installed: no network fall-through, so
//   nothing the server (or a network in between) sends later changes the running app.
// - Activation deletes only this app's older caches (`trede-` and not this one); any other cache
//   of the origin is not ours to touch.
// - End of a meeting (`wipe` message): the worker deletes its caches and never writes one again.
//   Reading goes through `caches.match`, which, unlike `caches.open`, cannot bring back a deleted
//   cache; with the whole copy gone the page is served as if no worker were there.
const PREFIX = 'trede-';
const CACHE = 'trede-__VERSION__';
const FILES = __FILES__;
const OWN = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));
let wiped = false;

async function deleteOwnCaches() {
  for (const key of await caches.keys()) if (key.startsWith(PREFIX)) await caches.delete(key);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
      // A wipe while installing: what was just stored goes too.
      if (wiped) await deleteOwnCaches();
    })(),
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
  if (event.data === 'wipe') {
    wiped = true;
    const done = Promise.allSettled([deleteOwnCaches(), self.registration.unregister()]).then(() =>
      event.ports?.[0]?.postMessage('wiped'),
    );
    event.waitUntil?.(done);
  }
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const own = OWN.has(url.origin + url.pathname) || event.request.mode === 'navigate';
  if (!own || wiped) return;
  event.respondWith(
    (async () => {
      const options = { cacheName: CACHE, ignoreSearch: true };
      const hit =
        (await caches.match(event.request, options)) ||
        (event.request.mode === 'navigate' ? await caches.match('./', options) : undefined);
      if (hit) return hit;
      // The whole offline copy deleted (a wipe in another tab): as if no worker were there.
      if (!(await caches.has(CACHE))) return fetch(event.request);
      // The app's own file, missing from its cache: an error, never another version from the net.
      return new Response('', { status: 504, statusText: 'Not in the offline copy' });
    })(),
  );
});
