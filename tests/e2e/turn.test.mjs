// The client turn: the worker hands the tablet to an Arabic-speaking client in the simplified
// view; she answers, reads the plan in Arabic, signs on an Arabic screen, and cannot reach
// another dossier, a delete or an export; the worker holds the return button to take it back.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkScreen,
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

/** The worker's controls that must not exist in a turn, by their Dutch labels. */
async function assertNoWorkerControls(page, label) {
  for (const id of ['export-button', 'delete-button', 'back-to-list', 'turn-start', 'dossier-nav-label']) {
    assert.equal(await page.getByText(nl(id), { exact: true }).count(), 0, `${label}: ${id}`);
  }
  assert.equal(await page.locator('.dossier-nav, .app-header, .home-page, .dossier-card').count(), 0, label);
}

/** Holds the return button for `ms` with a finger-like press (mouse events on the button). */
async function hold(page, ms) {
  await page.locator('#turn-return').scrollIntoViewIfNeeded();
  const box = await page.locator('#turn-return').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
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

test('an Arabic client answers, reads the plan and signs in Arabic; the worker takes the tablet back', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await setClient(page, 'ar', true);
  const ar = messages('ar');

  // The worker starts a new self-check and hands the tablet over with one tap.
  await openView(page, 'self-check');
  await page.getByRole('button', { name: nl('self-check-start') }).tap();
  await page.locator('#turn-start').tap();
  const turn = page.locator('#client-turn[data-step="self-check"]');
  await turn.waitFor();
  assert.equal(await turn.getAttribute('lang'), 'ar');
  assert.equal(await turn.getAttribute('dir'), 'rtl');
  await page.getByText(ar('turn-note-unreviewed')).waitFor();
  await page.getByRole('heading', { name: ar('easy-q-money') }).waitFor();
  await page
    .getByRole('button', { name: ar('self-check-answer-hard') })
    .first()
    .tap();
  await page.getByRole('button', { name: ar('easy-next') }).tap();
  await page.getByText(ar('easy-progress', { current: 2, total: 18 })).waitFor();
  await assertNoWorkerControls(page, 'self-check');
  await checkScreen(page, 'turn self-check (ar)');
  await screenshot(page, 'turn-self-check-ar');

  // A short press does nothing: the turn goes on.
  await hold(page, 400);
  await page.waitForTimeout(2000);
  assert.equal(await page.locator('#client-turn').count(), 1, 'a short press does not end the turn');

  // The plan, in Arabic.
  await page.locator('#turn-step-plan').tap();
  await page.locator('#client-turn[data-step="plan"]').waitFor();
  assert.equal(await page.locator('.print-doc').getAttribute('lang'), 'ar');
  await page.getByRole('button', { name: ar('turn-print-copy') }).waitFor();
  // Read aloud with the tablet's Arabic voice, or a plain word that it has none.
  await page.locator('#turn-read-plan, #turn-no-voice').first().waitFor();
  await assertNoWorkerControls(page, 'plan');
  await checkScreen(page, 'turn plan (ar)');
  await screenshot(page, 'turn-plan-ar');

  // She signs on an Arabic screen.
  await page.locator('#turn-step-sign').tap();
  await page.getByRole('heading', { level: 2, name: ar('sign-title') }).waitFor();
  await page.getByText(ar('sign-intro')).waitFor();
  // Only her own card; the statement in Arabic with the binding Dutch under it; the support
  // person in both languages.
  assert.equal(await page.locator('#client-turn .sign-item').count(), 1);
  await page.locator('#sign-statement').getByText(ar('doc-signatures-intro')).waitFor();
  await page.locator('#sign-statement-binding').getByText(nl('doc-signatures-intro')).waitFor();
  await page.locator('#sign-statement-binding').getByText(ar('sign-binding-dutch')).waitFor();
  await page.locator('#sign-presence').getByText(ar('sign-role-support')).waitFor();
  await page.locator('#sign-presence').getByText(nl('sign-role-support')).waitFor();
  await screenshot(page, 'turn-sign-step-ar');
  await page.locator('#sign-client').tap();
  await drawWithMouse(page, 'pad-client');
  await page.locator('#pad-client-place').fill('Oostende');
  await checkScreen(page, 'turn signature pad (ar)');
  await screenshot(page, 'turn-sign-ar');
  await page.locator('#pad-client-save').tap();
  await page.locator('#signer-client[data-signed="true"]').waitFor();
  await assertNoWorkerControls(page, 'sign');

  // The worker holds the return button: the tablet is back, in Dutch, on the sign screen.
  await hold(page, 2400);
  await page.locator('#turn-returned').waitFor();
  assert.equal(await page.locator('#turn-returned').textContent(), nl('turn-returned'));
  assert.equal(await page.locator('#client-turn').count(), 0);
  await page.locator('#signer-client[data-signed="true"]').waitFor();
  await page.locator('#view-sign[aria-current="page"]').waitFor();
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every client-turn screen is accessible in Arabic, Tigrinya and Ukrainian', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  for (const lang of ['ar', 'ti', 'uk']) {
    const t = messages(lang);
    for (const simplified of [false, true]) {
      await setClient(page, lang, simplified);
      await openView(page, 'plan');
      await page.locator('#turn-start').tap();
      for (const step of ['self-check', 'road', 'plan', 'sign']) {
        await page.locator(`#turn-step-${step}`).tap();
        await page.locator(`#client-turn[data-step="${step}"][lang="${lang}"]`).waitFor();
        await page.locator('#turn-translation-note').getByText(t('turn-note-unreviewed')).waitFor();
        await checkScreen(page, `turn ${step} (${lang}${simplified ? ', simplified' : ''})`);
        if (!simplified) await screenshot(page, `turn-${step}-${lang}`);
      }
      await hold(page, 2400);
      await page.locator('#turn-returned').waitFor();
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** The page's cumulative layout shift so far (shifts right after input do not count). */
const layoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

test('the home page does not shift when the dossiers are counted (CLS at most 0.02)', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await page.waitForTimeout(500);
  const empty = await layoutShift(page);
  assert.ok(empty <= 0.02, `CLS on an empty device: ${empty}`);
  await openExample(page);
  await page.reload();
  await page.locator('.home-page .lead, .dossier-page').first().waitFor();
  await page.waitForTimeout(500);
  const withDossier = await layoutShift(page);
  assert.ok(withDossier <= 0.02, `CLS with a dossier: ${withDossier}`);
  assert.deepEqual(errors, []);
  await context.close();
});
