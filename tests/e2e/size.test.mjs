// Size gate: what a first visit of the release build downloads (gzip, without fonts and the
// on-demand translations) stays within tools/size-budget.json. Same figures as tools/bench.sh.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatSizes, kb, measureSizes } from '../../tools/sizes.mjs';
import { DIST } from './support.mjs';

const BUDGET = new URL('../../tools/size-budget.json', import.meta.url);

test('the first visit stays within the size budget', () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  const { firstVisitGzipKB } = JSON.parse(fs.readFileSync(BUDGET, 'utf8'));
  const sizes = measureSizes(DIST);
  const report = formatSizes(sizes).join('\n');
  console.log(report);
  console.log(`first visit ${kb(sizes.firstVisitGzip)} gzip, budget ${firstVisitGzipKB} KB`);
  assert.ok(
    sizes.firstVisitGzip <= firstVisitGzipKB * 1024,
    `first visit is ${kb(sizes.firstVisitGzip)} gzip, over the budget of ${firstVisitGzipKB} KB in tools/size-budget.json\n${report}`,
  );
  assert.ok(
    sizes.files.some((f) => f.kind === 'wasm' && f.group === 'first visit'),
    'the wasm is counted',
  );
});
