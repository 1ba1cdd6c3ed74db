// "My road so far" and the case-file summary (issue #18). An Arabic client in the simplified
// view opens her road in the client turn and the worker opens it from the dossier, landscape and
// portrait; Tigrinya and Dutch are looked at too, and the road prints on A4. The worker previews
// the case-file summary, copies it (the clipboard read back equals the preview), and without a
// clipboard gets a .txt named by the date and a random part, never the client's name.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  ARTIFACTS,
  assertAccessible,
  assertTouchTargets,
  checkScreen,
  messageParts,
  messages,
  nl,
  openApp,
  openExample,
  openView,
  screenshot,
  setClient,
  startAppAndBrowser,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

/** The page scrolls sideways by this many CSS px (0 when it fits). */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Prints the page to an A4 PDF, keeps it and PNGs of its pages; returns the number of pages. */
async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(ARTIFACTS, name)]);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
}

test('an Arabic client opens her road in the client turn, the worker from the dossier; it prints on A4', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await setClient(page, 'ar', true);
  const ar = messages('ar');

  // The worker's dossier view: the road in the client's language, right to left.
  await openView(page, 'road');
  const road = page.locator('#road-page[lang="ar"][dir="rtl"]');
  await road.waitFor();
  await page.getByRole('heading', { name: ar('road-title') }).waitFor();
  const chartLabel = await road.getByRole('img').getAttribute('aria-label');
  assert.ok(chartLabel.startsWith(messageParts(ar, 'road-ladder-chart-label', 'first', { last: '' })[0]), chartLabel);
  // The picture's data in words: one item per placement of Samira's ladder (a fall among them).
  assert.equal(await road.locator('#road-ladder-list li').count(), 5);
  assert.equal(await road.locator('#road-ladder-list li.move-fall').count(), 1);
  await road.locator('bdi', { hasText: 'Voorbeeld: Samira' }).waitFor();
  await checkScreen(page, 'road, worker view, Arabic');
  await screenshot(page, 'road-worker-ar-simple');

  // The client turn from here: the road is her step, in Arabic and simplified.
  await page.locator('#turn-start').tap();
  await page.locator('#client-turn[data-step="road"][dir="rtl"]').waitFor();
  await page.getByRole('heading', { name: ar('road-title') }).waitFor();
  await page.locator('.road-simple .term-nl').first().waitFor();
  await checkScreen(page, 'road, client turn, Arabic simplified');
  assert.ok((await overflow(page)) <= 0, 'no sideways scrolling in landscape');
  await screenshot(page, 'road-turn-ar-simple');
  // Portrait, as the tablet may be held.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.waitForTimeout(150);
  assert.ok((await overflow(page)) <= 0, 'no sideways scrolling in portrait');
  await assertTouchTargets(page, 'road, portrait');
  await screenshot(page, 'road-turn-ar-simple-portrait');
  // Her other steps are one tap away, and back.
  await page.getByRole('button', { name: ar('turn-plan') }).tap();
  await page.locator('#client-turn[data-step="plan"]').waitFor();
  await page.getByRole('button', { name: ar('road-view') }).tap();
  await page.locator('#client-turn[data-step="road"]').waitFor();

  const pages = await printToPdf(page, 'road-print-ar');
  assert.ok(pages >= 1 && pages <= 3, `the road on ${pages} A4 pages`);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the road in Tigrinya and in Dutch, normal view, and its print in Dutch', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  for (const lang of ['ti', 'nl']) {
    await setClient(page, lang, false);
    await openView(page, 'road');
    await page.locator(`#road-page[lang="${lang}"][dir="ltr"]`).waitFor();
    await page.getByRole('heading', { name: messages(lang)('road-title') }).waitFor();
    await assertAccessible(page, `road in ${lang}`);
    await screenshot(page, `road-worker-${lang}`);
  }
  const pages = await printToPdf(page, 'road-print-nl');
  assert.ok(pages >= 1 && pages <= 3, `the road on ${pages} A4 pages`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the worker previews the case-file summary and copies it; the clipboard holds what the preview shows', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.base).origin });
  await openApp(page, app.base);
  await openExample(page);
  await openView(page, 'print');
  await page.getByRole('button', { name: nl('case-file-show') }).tap();
  const preview = page.getByRole('region', { name: nl('case-file-preview-label') });
  const shown = await preview.textContent();
  assert.match(shown, /^GPMI/);
  assert.match(shown, /\n1\. IDENTIFICATIE\n/);
  assert.match(shown, /\n9\. EVALUATIE\n/);
  // A note outside the signed plan (the worker's self-check note) is not in it.
  assert.ok(!shown.includes('Wachtlijst'), 'a self-check note leaked');
  await page.getByRole('button', { name: nl('case-file-copy') }).tap();
  await page.getByRole('status').getByText(nl('case-file-copied')).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shown);
  await checkScreen(page, 'case-file summary');
  await page.locator('.case-file').screenshot({ path: path.join(ARTIFACTS, 'case-file-panel.png') });
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a clipboard the summary is downloaded as a .txt named by the date and a random part', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  // A browser that refuses: no Clipboard API at all.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await openApp(page, app.base);
  await openExample(page);
  await openView(page, 'print');
  await page.getByRole('button', { name: nl('case-file-show') }).tap();
  const shown = await page.locator('#case-file-preview').textContent();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: nl('case-file-copy') }).tap(),
  ]);
  const name = download.suggestedFilename();
  assert.match(name, /^trede-\d{4}-\d{2}-\d{2}-[0-9A-Za-z]{6}\.txt$/);
  assert.ok(!/samira|voorbeeld/i.test(name), `the client's name in ${name}`);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), shown);
  await page
    .getByRole('status')
    .getByText(nl('case-file-downloaded', { file: name }))
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
