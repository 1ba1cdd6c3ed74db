// Evaluations over the example's year: an evaluation held today, written, fulfils no moment months
// ahead; its rung reaches the ladder as a step back in the worker's view without typing it twice;
// its report prints on A4 with the fingerprint of what it prints.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  ARTIFACTS,
  checkScreen,
  nl,
  openApp,
  openExample,
  openView,
  planStep,
  screenshot,
  startAppAndBrowser,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

/** Prints the page to an A4 PDF and returns its text without spaces. */
async function printedText(page, name) {
  await page.emulateMedia({ media: 'print' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test('a written evaluation with a rung: no far moment, a step back on the ladder, a report with its fingerprint', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await openView(page, 'plan');
  await planStep(page, 'evaluations');
  await page.locator('.plan-year').first().waitFor();

  // Held today, written. The next open moment is months ahead: it is not fulfilled by default.
  await page.locator('#plan-eval-kind').selectOption('written');
  assert.equal(await page.locator('#plan-eval-link').inputValue(), '');
  await page.getByLabel(nl('plan-eval-present')).fill('Samira, Lotte');
  await page.locator('#plan-eval-rung').selectOption('2');
  // The chosen rung's seed-000 definition shows under the choice, as on the ladder.
  await page.locator('#plan-eval-rung-definition').getByText(nl('rung-2-definition')).waitFor();
  await page.locator('details.rung-definitions').waitFor();
  await page.locator('#plan-eval-view').selectOption('worker');
  await checkScreen(page, 'evaluation form (nl)');
  await page.getByRole('button', { name: nl('plan-eval-save') }).tap();
  const history = page.locator('.plan-history .plan-evaluation');
  await history.nth(1).waitFor();
  await history.first().getByText(nl('plan-eval-kind-written')).waitFor();
  await screenshot(page, 'evaluations-recorded-nl');

  // The ladder has it, as a step back from rung 3 in the worker's view.
  await openView(page, 'ladder');
  const row = page.locator('.history-table tr.move-fall', { hasText: nl('ladder-from-evaluation') });
  await row.getByText(nl('ladder-move-fall', { from: 3 })).waitFor();
  await row.getByText(nl('ladder-view-worker')).waitFor();

  // The report of that evaluation, from the evaluation step.
  await openView(page, 'plan');
  await planStep(page, 'evaluations');
  await history.first().locator('.eval-print').tap();
  const report = page.locator('.print-doc.eval-report');
  await report.waitFor();
  await report.getByText(nl('eval-report-title')).first().waitFor();
  const fingerprint = await report.getAttribute('data-fingerprint');
  assert.match(fingerprint, /^[0-9a-f]{64}$/);
  assert.equal((await report.locator('.doc-fingerprint').textContent()).trim(), fingerprint.match(/.{8}/g).join(' '));
  await checkScreen(page, 'evaluation report (nl)');
  await screenshot(page, 'evaluation-report-nl');

  await page.evaluate(() => {
    window.print = () => {
      window.tredePrinted = (window.tredePrinted || 0) + 1;
    };
  });
  await page.locator('#print-both').tap();
  await page.waitForFunction(() => window.tredePrinted === 1);
  const flat = await printedText(page, 'evaluation-report-nl');
  assert.ok(flat.includes(fingerprint), 'the full fingerprint is printed');
  assert.ok(flat.includes(`SHA-256${fingerprint.slice(0, 16)}`), 'and in the running line');
  assert.ok(flat.includes(nl('plan-eval-kind-written').replace(/\s+/g, '')), 'the kind');
  assert.ok(flat.includes('Samira,Lotte'), 'who was there');

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});
