// Sizes of what a first visit of dist/ downloads, raw and gzip -9, per kind and in total.
// Fonts are listed apart: they load only for the scripts that need them.
// Usage: node tools/sizes.mjs dist [--json]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'dist';
const asJson = process.argv.includes('--json');
const kindOf = (f) => {
  if (f.endsWith('.wasm')) return 'wasm';
  if (f.endsWith('.js') || f.endsWith('.mjs')) return 'js';
  if (f.endsWith('.css')) return 'css';
  if (f.endsWith('.html')) return 'html';
  if (/\.(woff2?|ttf|otf)$/.test(f)) return 'font';
  return 'other';
};
const files = [];
const walk = (d) => {
  for (const name of fs.readdirSync(d)) {
    const p = path.join(d, name);
    if (fs.statSync(p).isDirectory()) walk(p);
    else {
      const body = fs.readFileSync(p);
      files.push({ file: path.relative(dir, p), kind: kindOf(name), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
    }
  }
};
walk(dir);
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const totals = {};
for (const f of files) {
  totals[f.kind] ??= { raw: 0, gzip: 0 };
  totals[f.kind].raw += f.raw;
  totals[f.kind].gzip += f.gzip;
}
// What the page itself loads on a first visit: the HTML, its script, the wasm and the CSS
// (icons and other small files are counted too; fonts are not).
const firstVisit = files.filter((f) => f.kind !== 'font').reduce((s, f) => s + f.gzip, 0);
if (asJson) {
  console.log(JSON.stringify({ files, totals, firstVisitGzip: firstVisit }));
} else {
  console.log('file'.padEnd(48) + 'raw'.padStart(11) + 'gzip'.padStart(11));
  for (const f of files.sort((a, b) => b.gzip - a.gzip)) console.log(f.file.padEnd(48) + kb(f.raw) + kb(f.gzip));
  console.log('\nper kind');
  for (const [k, t] of Object.entries(totals)) console.log(k.padEnd(48) + kb(t.raw) + kb(t.gzip));
  console.log(`\nfirst visit (everything but fonts), gzip: ${(firstVisit / 1024).toFixed(1)} KB`);
}
