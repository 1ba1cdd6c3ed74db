// Trunk post-build hook (runs in the staging folder before it becomes dist/):
// 1. moves Trunk's inline module loader into a hashed file, so the page runs no inline script;
// 2. puts a strict Content-Security-Policy in the page: nothing from another origin, ever;
// 3. in release builds, writes the web app manifest and a service worker that precaches every
//    file of this build, so the app opens and works offline after the first visit.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) throw new Error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');

const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const sha = (data, alg = 'sha384') => crypto.createHash(alg).update(data).digest('base64');
const shortHash = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);

// 1. The loader.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (!inline) throw new Error("post_build: Trunk's inline loader was not found in index.html");
let boot =
  inline[1].trim() +
  `
// The wasm is fetched; from here on the page may not reach the network at all, not even its own
// origin: a second policy can only tighten the first.
const closed = document.createElement('meta');
closed.httpEquiv = 'Content-Security-Policy';
closed.content = "connect-src 'none'";
document.head.append(closed);
`;
if (release) {
  boot += `
// Offline: a service worker precaches this build. A new version waits until the user takes it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    const announce = () => { if (registration.waiting && navigator.serviceWorker.controller) dispatchEvent(new CustomEvent('trede-update-ready')); };
    announce();
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', announce);
    });
    addEventListener('trede-apply-update', () => registration.waiting?.postMessage('skip-waiting'));
  }).catch(() => {});
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !window.tredeUpdateAccepted) return;
    reloading = true;
    location.reload();
  });
  addEventListener('trede-apply-update', () => { window.tredeUpdateAccepted = true; });
}
// End of a meeting: this app's caches and service worker go too; then count what is left.
// Each worker is told first and deletes its own caches (so none writes one again afterwards); the
// page waits for its answer, never racing it, then removes what is left and unregisters. No step
// may hang the report: each has a time limit, and a step that ran out counts as something left.
addEventListener('trede-wipe', async () => {
  const within = (promise, ms = 3000) => Promise.race([promise, new Promise((_, no) => setTimeout(no, ms))]);
  const ours = async () => ('caches' in self ? (await caches.keys()).filter((k) => k.startsWith('trede-')) : []);
  const tell = (worker) =>
    new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      worker.postMessage('wipe', [channel.port2]);
    });
  let left = 0;
  try {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    const workers = new Set([navigator.serviceWorker?.controller, ...registrations.flatMap((r) => [r.installing, r.waiting, r.active])]);
    workers.delete(null);
    workers.delete(undefined);
    await within(Promise.allSettled([...workers].map(tell)));
    for (const key of await ours()) await within(caches.delete(key));
    for (const r of (await navigator.serviceWorker?.getRegistrations()) ?? []) await within(r.unregister());
    left = (await ours()).length + ((await navigator.serviceWorker?.getRegistrations()) ?? []).length;
  } catch {
    left = 1;
  }
  dispatchEvent(new CustomEvent('trede-wipe-checked', { detail: left }));
});
`;
}
const bootName = `boot-${shortHash(boot)}.js`;
fs.writeFileSync(path.join(staging, bootName), boot);
html = html.replace(inline[0], `<script type="module" src="./${bootName}" integrity="sha384-${sha(boot)}"></script>`);

// 2. The policy. 'wasm-unsafe-eval' lets WebAssembly compile; connect-src 'self' lets the page
// fetch its own wasm, and the boot script then closes connect-src to 'none'.
const csp = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(
  /<head>|<meta charset="?utf-8"?>/i,
  (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${csp}">`,
);

// 2b. Translations. Dutch is compiled into the wasm; every other language becomes a script of its
// own (`locales/<code>-<hash>.js`), loaded only when a screen needs that language. A script, not a
// fetch: connect-src is closed once the app runs, script-src 'self' is not. The page lists the
// files with their SRI hashes in a meta tag the app reads.
const sourceDir = process.env.TRUNK_SOURCE_DIR || process.cwd();
const localesDir = path.join(sourceDir, 'src', 'i18n', 'locales');
const localeList = {};
fs.mkdirSync(path.join(staging, 'locales'), { recursive: true });
for (const code of fs.readdirSync(localesDir).sort()) {
  if (code === 'nl') continue;
  const dir = path.join(localesDir, code);
  const ftl = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const script = `(self.tredeLocales = self.tredeLocales || {})[${JSON.stringify(code)}] = ${JSON.stringify(ftl)};\n`;
  const name = `locales/${code}-${shortHash(script)}.js`;
  fs.writeFileSync(path.join(staging, name), script);
  localeList[code] = { src: `./${name}`, integrity: `sha384-${sha(script)}` };
}
const localeMeta = JSON.stringify(localeList).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
html = html.replace('</title>', `</title><meta name="trede-locales" content="${localeMeta}">`);

// 3. Manifest and service worker (release only: in development they would serve stale files).
if (release) {
  const manifest = {
    name: 'Trede',
    short_name: 'Trede',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#1f5f5b',
    lang: 'nl',
    description: 'Zelfscan, participatieladder en GPMI, samen aan de tablet. Alles blijft op dit toestel.',
    icons: fs
      .readdirSync(staging)
      .filter((f) => /^icon.*\.svg$/.test(f))
      .map((src) => ({ src: `./${src}`, sizes: 'any', type: 'image/svg+xml' })),
  };
  fs.writeFileSync(path.join(staging, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));
  html = html.replace(
    '</title>',
    '</title><link rel="manifest" href="./manifest.webmanifest"><meta name="theme-color" content="#1f5f5b">',
  );
  fs.writeFileSync(indexPath, html);

  const files = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name !== 'sw.js') files.push(path.relative(staging, p).split(path.sep).join('/'));
    }
  };
  walk(staging);
  files.sort();
  const version = shortHash(files.map((f) => `${f}:${shortHash(fs.readFileSync(path.join(staging, f)))}`).join('\n'));
  const sw = fs
    .readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'sw.template.js'), 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
  fs.writeFileSync(path.join(staging, 'sw.js'), sw);
} else {
  fs.writeFileSync(indexPath, html);
}
