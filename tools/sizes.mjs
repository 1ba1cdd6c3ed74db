// Sizes of a build in dist/, raw and gzip -9, grouped by when a browser downloads them:
// - first visit: what the page loads to start (HTML, boot and wasm-bindgen JS, wasm, CSS, icon,
//   manifest, service worker);
// - fonts: only for the scripts that need them (Arabic, Ethiopic), by unicode-range;
// - on demand: the translation scripts under locales/, loaded only when a screen uses that
//   language (Dutch is built into the wasm).
// After the first visit the service worker precaches every file in the background; that is not
// on the way to the first screen, so it is shown apart.
// Usage: node tools/sizes.mjs dist [--json]   (or import { measureSizes } for the size gate)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const kindOf = (f) => {
  if (f.endsWith('.wasm')) return 'wasm';
  if (f.endsWith('.js') || f.endsWith('.mjs')) return 'js';
  if (f.endsWith('.css')) return 'css';
  if (f.endsWith('.html')) return 'html';
  if (/\.(woff2?|ttf|otf)$/.test(f)) return 'font';
  return 'other';
};

/** When a file is downloaded: 'first visit', 'font' or 'on demand'. */
const groupOf = (file, kind) => {
  if (kind === 'font' || file.startsWith('fonts/')) return 'font'; // fonts/ also holds their licence
  if (file.startsWith('locales/')) return 'on demand';
  return 'first visit';
};

/** Every file of `dir` with its kind, group, raw and gzip size, and the totals per group. */
export function measureSizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of fs.readdirSync(d)) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else {
        const body = fs.readFileSync(p);
        const file = path.relative(dir, p).split(path.sep).join('/');
        const kind = kindOf(name);
        files.push({
          file,
          kind,
          group: groupOf(file, kind),
          raw: body.length,
          gzip: zlib.gzipSync(body, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzip - a.gzip);
  const sum = (list) => list.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const byGroup = (g) => sum(files.filter((f) => f.group === g));
  const firstVisitFiles = files.filter((f) => f.group === 'first visit');
  const perKind = {};
  for (const f of firstVisitFiles) perKind[f.kind] = sum([perKind[f.kind] ?? { raw: 0, gzip: 0 }, f]);
  return {
    files,
    /** First visit per kind (wasm, js, css, html, other). */
    perKind,
    firstVisit: byGroup('first visit'),
    fonts: byGroup('font'),
    onDemand: byGroup('on demand'),
    all: sum(files),
    /** Bytes: the figure the size budget is about. */
    firstVisitGzip: byGroup('first visit').gzip,
  };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const col = (n) => kb(n).padStart(11);

/** The report as lines of text, grouped as above. */
export function formatSizes(m) {
  const out = ['file'.padEnd(56) + 'raw'.padStart(11) + 'gzip'.padStart(11)];
  for (const [group, label] of [
    ['first visit', 'first visit'],
    ['font', 'fonts (only for Arabic or Ethiopic text)'],
    ['on demand', 'on demand (translations, when a non-Dutch language is used)'],
  ]) {
    out.push(`-- ${label}`);
    for (const f of m.files.filter((f) => f.group === group))
      out.push(`  ${f.file.padEnd(54)}${col(f.raw)}${col(f.gzip)}`);
  }
  out.push('', 'first visit per kind');
  for (const [k, t] of Object.entries(m.perKind).sort((a, b) => b[1].gzip - a[1].gzip))
    out.push(`  ${k.padEnd(54)}${col(t.raw)}${col(t.gzip)}`);
  out.push('');
  out.push('first visit total'.padEnd(56) + col(m.firstVisit.raw) + col(m.firstVisit.gzip));
  out.push('fonts (apart)'.padEnd(56) + col(m.fonts.raw) + col(m.fonts.gzip));
  out.push('on demand (apart)'.padEnd(56) + col(m.onDemand.raw) + col(m.onDemand.gzip));
  out.push('precached by the service worker after start'.padEnd(56) + col(m.all.raw) + col(m.all.gzip));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'dist';
  const m = measureSizes(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(m));
  else console.log(formatSizes(m).join('\n'));
}
