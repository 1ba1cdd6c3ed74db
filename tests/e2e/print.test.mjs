// Signing and printing the GPMI: signatures drawn with touch (and a mouse) on the tablet, the plan
// printed to an A4 PDF and read back with pdftotext, in Dutch with Arabic beside it and as the
// client's Arabic copy, and a change after signing that sends the signatures to the earlier version.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  ARTIFACTS,
  checkScreen,
  messageParts,
  messages,
  nl,
  openApp,
  openExample,
  openView,
  planStep,
  screenshot,
  startAppAndBrowser,
  storedDossierTexts,
  tabletPage,
  waitSaved,
} from './support.mjs';

const app = startAppAndBrowser();
const en = messages('en');

const ar = messages('ar');

/** Draws a signature-like zigzag in a pad with real touch input (Chromium makes pointer events of it). */
async function drawWithTouch(page, cdp, padId, seed) {
  const area = page.locator(`#${padId}-area`);
  await area.scrollIntoViewIfNeeded();
  const box = await area.boundingBox();
  const at = (fx, fy) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const strokes = [
    Array.from({ length: 24 }, (_, i) => at(0.08 + i * 0.025, 0.55 + 0.25 * Math.sin(i / 2 + seed))),
    Array.from({ length: 12 }, (_, i) => at(0.7 + i * 0.015, 0.3 + i * 0.03)),
  ];
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...first, id: 1 }] });
    for (const p of rest)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...p, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  await page.locator(`#${padId}-status[data-strokes="2"]`).waitFor();
  // A person pauses before the next tap. (Headless Chromium drops a tap that comes less than about
  // a second after a drag made with Input.dispatchTouchEvent.)
  await page.waitForTimeout(1200);
}

async function drawWithMouse(page, padId) {
  await page.locator(`#${padId}-area`).scrollIntoViewIfNeeded();
  const box = await page.locator(`#${padId}-area`).boundingBox();
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + box.width * (0.1 + i * 0.03), box.y + box.height * (0.6 - 0.3 * Math.sin(i / 3)));
  await page.mouse.up();
  await page.locator(`#${padId}-status[data-strokes="1"]`).waitFor();
}

/** The stored example dossier, as the app wrote it to IndexedDB. */
async function storedDossier(page) {
  await page.waitForTimeout(700); // the save is debounced
  await waitSaved(page);
  return (await storedDossierTexts(page)).map((t) => JSON.parse(t)).find((d) => d.is_example) ?? null;
}

/** Text as pdftotext gives it, without spaces, bidi controls and Arabic vowel marks. */
const norm = (s) =>
  s
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u064b-\u0652]/g, '')
    .replace(/\s+/g, '');
/** An Arabic text as it comes out of pdftotext, which gives a lam-alef ligature's letters in reverse. */
const asExtracted = (s) => norm(s).replace(/ل([اأإآ])/g, '$1ل');
/** Whether the PDF text holds an Arabic text: in logical order (the shipped Noto font maps its
 * ligatures back correctly) or with a system font's reversed lam-alef. */
const hasArabic = (flat, s) => flat.includes(norm(s)) || flat.includes(asExtracted(s));

/** How often a word stands in the text without spaces, either way round: pdftotext gives the
 * rotated draft mark a letter a line, bottom to top. */
const count = (flat, word) => {
  const w = norm(word);
  const reversed = [...w].reverse().join('');
  return flat.split(w).length - 1 + (reversed === w ? 0 : flat.split(reversed).length - 1);
};

/** Prints the page to an A4 PDF, keeps it and PNGs of its pages, and returns its text. */
async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(ARTIFACTS, name)]);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  return { text, flat: norm(text), pages };
}

test('two parties sign with touch, a partner with the mouse, and the signed plan prints without a draft mark', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  const cdp = await context.newCDPSession(page);
  await openApp(page, app.base);
  await openExample(page);

  // Reachable from the plan's read-through step.
  await page.locator('#plan-go-sign').tap();
  await page.getByRole('heading', { level: 2, name: nl('sign-title') }).waitFor();
  await page.locator('#sign-state[data-state="unsigned"]').waitFor();
  const fingerprint = await page.locator('#sign-fingerprint').getAttribute('data-fingerprint');
  assert.match(fingerprint, /^[0-9a-f]{64}$/);
  await checkScreen(page, 'sign screen (nl)');

  // The client signs with a finger: clear once, draw again, type the place.
  await page.locator('#sign-client').tap();
  await page.locator('#pad-client-area').scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await drawWithTouch(page, cdp, 'pad-client', 0);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'drawing does not scroll the page');
  await page.locator('#pad-client-clear').tap();
  await page.locator('#pad-client-status[data-strokes="0"]').waitFor();
  await drawWithTouch(page, cdp, 'pad-client', 1);
  assert.equal(await page.locator('#pad-client-name').inputValue(), 'Voorbeeld: Samira', 'the plan knows the name');
  await page.locator('#pad-client-place').fill('Oostende');
  await checkScreen(page, 'signature pad (nl)');
  await screenshot(page, 'sign-pad-nl');
  await page.locator('#pad-client-save').tap();
  await page.locator('#signer-client[data-signed="true"]').waitFor();

  // The worker signs with a finger too; the place is offered again.
  await page.locator('#sign-worker').tap();
  await drawWithTouch(page, cdp, 'pad-worker', 2);
  assert.equal(await page.locator('#pad-worker-place').inputValue(), 'Oostende');
  await page.locator('#pad-worker-save').tap();
  await page.locator('#signer-worker[data-signed="true"]').waitFor();

  // The debt mediator takes on an action, so the plan is not complete without him.
  await page.locator('#sign-state[data-state="partly"]').filter({ hasText: 'Koen Declercq' }).waitFor();
  const third = page.locator('.sign-item[id^="signer-third-"]');
  const thirdKey = (await third.getAttribute('id')).replace('signer-', '');
  await page.locator(`#sign-${thirdKey}`).tap();
  await drawWithMouse(page, `pad-${thirdKey}`);
  await page.locator(`#pad-${thirdKey}-save`).click();
  await page.locator('#sign-state[data-state="complete"]').waitFor();
  await checkScreen(page, 'sign screen, all signed (nl)');
  await screenshot(page, 'sign-complete-nl');

  // The strokes are stored as vectors in the dossier.
  const stored = await storedDossier(page);
  const round = stored.signing.rounds[0];
  assert.equal(round.fingerprint, fingerprint);
  assert.equal(round.signatures.length, 3);
  const client = round.signatures.find((s) => s.role.kind === 'client');
  assert.equal(client.strokes.length, 2, 'two strokes after clearing the first attempt');
  assert.ok(
    client.strokes[0].length > 10 && client.strokes[0].every(([x, y]) => x >= 0 && x <= 1000 && y >= 0 && y <= 300),
  );
  assert.equal(client.place, 'Oostende');

  // Print preview, and the print button opens the browser's dialog.
  await page.locator('#sign-go-print').tap();
  await page.getByRole('heading', { level: 2, name: nl('print-title') }).waitFor();
  await page.locator('.print-doc[data-complete="true"]').waitFor();
  await checkScreen(page, 'print preview (nl)');
  await screenshot(page, 'print-preview-nl');
  await page.evaluate(() => {
    window.print = () => {
      window.tredePrinted = (window.tredePrinted || 0) + 1;
    };
  });
  await page.locator('#print-both').tap();
  await page.waitForFunction(() => window.tredePrinted === 1);

  const { text, flat, pages } = await printToPdf(page, 'print-signed-nl');
  assert.ok(pages >= 2, `several A4 pages (${pages})`);
  for (const heading of [
    nl('doc-title'),
    nl('doc-topics'),
    nl('doc-goals'),
    nl('doc-actions'),
    nl('doc-questions'),
    nl('doc-means'),
    nl('doc-evaluations'),
    nl('rights-title'),
    nl('doc-signatures'),
  ]) {
    assert.ok(flat.includes(norm(heading)), `the PDF has the heading ${heading}`);
  }
  assert.ok(text.includes('Voorbeeld: Samira'), "the client's name");
  for (const action of [
    'Inschrijven voor de opleiding zorgkundige',
    'Samen vacatures zoeken en sollicitaties opvolgen',
    'Een afbetalingsplan opmaken',
    'Alle brieven over schulden meebrengen',
  ]) {
    assert.ok(flat.includes(action.replace(/\s+/g, '')), `the PDF has the action ${action}`);
  }
  assert.ok(flat.includes(fingerprint), 'the full fingerprint');
  // The running line carries the whole fingerprint, in groups of eight.
  const grouped = fingerprint.match(/.{8}/g).join(' ');
  const running = text.replace(/\s+/g, ' ').split(`SHA-256 ${grouped}`).length - 1;
  assert.ok(running >= pages, `the running line with the fingerprint on every page (${running} of ${pages})`);
  assert.equal(count(flat, nl('doc-draft')) + count(flat, en('doc-draft')), 0, 'no draft mark once everyone signed');
  assert.ok(flat.includes(`1/${pages}`) && flat.includes(`${pages}/${pages}`), 'page numbers');

  // Change a goal after signing: the signatures now belong to the earlier version.
  await openView(page, 'plan');
  await planStep(page, 'goals');
  await page.locator('.plan-goal').nth(0).getByLabel(nl('plan-goal-title')).fill('Werk vinden in een woonzorgcentrum');
  await openView(page, 'sign');
  await page
    .locator('.sign-outdated')
    .filter({ hasText: nl('sign-outdated') })
    .waitFor();
  await page.locator('#sign-state[data-state="unsigned"]').waitFor();
  const newFingerprint = await page.locator('#sign-fingerprint').getAttribute('data-fingerprint');
  assert.notEqual(newFingerprint, fingerprint);
  await page
    .locator('.sign-earlier')
    .filter({ hasText: messageParts(nl, 'sign-earlier-item', 'names', { fingerprint: fingerprint.slice(0, 8) })[0] })
    .waitFor();
  await checkScreen(page, 'sign screen, signatures for an earlier version (nl)');
  await screenshot(page, 'sign-outdated-nl');

  // The earlier version stays readable, with its signatures; the new one prints as a draft.
  await page.locator('#sign-show-round-0').tap();
  await page.locator(`.print-doc[data-fingerprint="${fingerprint}"]`).waitFor();
  await page
    .locator('.print-doc')
    .filter({ hasText: nl('doc-earlier-note') })
    .waitFor();
  assert.equal(await page.locator('.print-doc').filter({ hasText: 'Werk vinden als zorgkundige' }).count(), 1);
  assert.equal(await page.locator('.print-doc .signature-drawing').count(), 3);
  await page.locator('#print-version').selectOption('');
  await page.locator(`.print-doc[data-fingerprint="${newFingerprint}"]`).waitFor();
  const draft = await printToPdf(page, 'print-changed-nl');
  assert.ok(draft.text.includes('Werk vinden in een woonzorgcentrum'));
  const marks = count(draft.flat, nl('doc-draft'));
  assert.ok(marks >= draft.pages, `"ONTWERP" on every page (${marks} marks, ${draft.pages} pages)`);

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('Arabic as the client language: beside the binding Dutch text, and alone on the client copy', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await openView(page, 'overview');
  await page.locator('#client-lang').selectOption('ar');
  await openView(page, 'print');
  await page.getByRole('heading', { level: 2, name: nl('print-title') }).waitFor();
  await page.getByRole('button', { name: nl('print-both', { lang: 'العربية' }) }).waitFor();
  await checkScreen(page, 'print preview with Arabic (nl)');

  const goalsAr = ar('doc-goals');
  const actionsAr = ar('doc-actions');
  const bindingAr = ar('doc-binding-note');
  const draftAr = ar('doc-draft');
  const both = await printToPdf(page, 'print-bilingual-ar');
  for (const heading of [nl('doc-goals'), nl('doc-actions'), nl('rights-title'), nl('doc-binding-note')]) {
    assert.ok(both.flat.includes(norm(heading)), `the bilingual PDF has the Dutch ${heading}`);
  }
  // Sentence by sentence: pdftotext may give the sentences of a right-to-left line in visual order.
  for (const ar of [goalsAr, actionsAr, ...bindingAr.split('.').filter((p) => p.trim())])
    assert.ok(hasArabic(both.flat, ar), `the bilingual PDF has the Arabic ${ar}`);
  assert.ok(count(both.flat, nl('doc-draft')) >= both.pages, 'not signed yet: a draft mark on every page');
  assert.ok(
    Math.max(count(both.flat, draftAr), count(both.flat, asExtracted(draftAr))) >= both.pages,
    'the draft mark in Arabic too',
  );

  // The client's copy: Arabic only, right to left.
  await page
    .locator('label[for="print-mode-client"]')
    .filter({ hasText: nl('print-mode-client') })
    .tap();
  await page.locator('.print-doc[lang="ar"][dir="rtl"]').waitFor();
  await checkScreen(page, 'client copy preview (ar)');
  await screenshot(page, 'print-client-copy-ar');
  const copy = await printToPdf(page, 'print-client-copy-ar');
  assert.ok(hasArabic(copy.flat, goalsAr), `the client copy has ${goalsAr}`);
  assert.ok(hasArabic(copy.flat, ar('rights-title')));
  assert.ok(
    !copy.flat.includes(nl('doc-goals')) && !copy.flat.includes(norm(nl('rights-title'))),
    'no Dutch headings on the client copy',
  );
  // Free text as typed (a table cell may come out of pdftotext in pieces on a right-to-left page).
  for (const typed of [
    'Mijn schulden onder controle',
    'Inschrijven voor de opleiding',
    'Ik wil op eigen benen staan.',
  ]) {
    assert.ok(copy.flat.includes(norm(typed)), `free text as typed: ${typed}`);
  }

  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
