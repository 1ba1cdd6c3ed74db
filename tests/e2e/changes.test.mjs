// "What changed since I signed?": a signed plan is changed (a goal reworded, the strength of an
// action chosen); signing again shows the list of changes first, on the worker's screen and, in
// Arabic, in the client turn before she signs; the print carries the annex with the fingerprints
// of both versions.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import {
  ARTIFACTS,
  checkScreen,
  longDate,
  messages,
  nl,
  openApp,
  openExample,
  openView,
  planStep,
  screenshot,
  startAppAndBrowser,
  startingWith,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();
const ar = messages('ar');
const NEW_TITLE = 'Werk vinden in een woonzorgcentrum';

/** Signs on one card with the typed name (the pad's option for who cannot draw). */
async function signTyped(page, card, t = nl) {
  await card.getByRole('button', { name: t('sign-start') }).tap();
  await card.getByLabel(t('pad-typed')).check();
  await card.getByLabel(t('pad-place')).fill('Oostende');
  await card.getByRole('button', { name: t('pad-save') }).tap();
  await page.locator(`#${await card.getAttribute('id')}[data-signed="true"]`).waitFor();
}

/** Every party not yet signed signs with the typed name (those present need not sign). */
async function signParties(page) {
  for (const card of await page.locator('.sign-list').first().locator('.sign-item').all()) {
    if ((await card.getAttribute('data-signed')) !== 'true') await signTyped(page, card);
  }
  await page.locator('#sign-state[data-state="complete"]').waitFor();
}

/** Draws a short line in a pad with the mouse. */
async function draw(page, area) {
  await area.scrollIntoViewIfNeeded();
  const box = await area.boundingBox();
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++)
    await page.mouse.move(box.x + box.width * (0.1 + i * 0.04), box.y + box.height * (0.6 - 0.3 * Math.sin(i / 3)));
  await page.mouse.up();
}

/** Holds the client turn's return button for 2.4 s. */
async function takeBack(page) {
  const button = page.locator('#turn-return');
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(2400);
  await page.mouse.up();
  await page.locator('#turn-returned').waitFor();
}

test('a changed signed plan shows what changed before signing again, in Arabic in the client turn, and prints it as an annex', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await openView(page, 'overview');
  await page.locator('#client-lang').selectOption('ar');
  await page.getByLabel(nl('easy-toggle')).setChecked(true);

  // Every party signs the plan as it is.
  await openView(page, 'sign');
  await page.getByRole('heading', { level: 2, name: nl('sign-title') }).waitFor();
  const oldFingerprint = await page.locator('#sign-fingerprint').getAttribute('data-fingerprint');
  assert.equal(await page.locator('#sign-changes').count(), 0, 'nothing was signed before: no list');
  await signParties(page);
  const now = new Date();
  const signedOn = (t) => longDate(t, now.getFullYear(), now.getMonth() + 1, now.getDate());

  // The plan changes: a goal reworded, and where the strength for the first action comes from.
  await openView(page, 'plan');
  await planStep(page, 'goals');
  await page.locator('.plan-goal').nth(0).getByLabel(nl('plan-goal-title')).fill(NEW_TITLE);
  await planStep(page, 'actions');
  const strength = page
    .locator('.plan-action')
    .nth(0)
    .getByRole('group', { name: nl('plan-strength-label') });
  await strength.getByRole('button', { name: nl('plan-strength-network') }).tap();
  await strength.locator('[aria-pressed="true"]', { hasText: nl('plan-strength-network') }).waitFor();
  await checkScreen(page, 'actions with the strength choice (nl)');

  // Signing again: the worker's screen lists the changes first.
  await openView(page, 'sign');
  const list = page.getByRole('region', { name: nl('changes-title', { date: signedOn(nl) }) });
  await list.waitFor();
  await list.getByText(nl('changes-goal-changed')).waitFor();
  await list.getByText(NEW_TITLE).waitFor();
  await list.getByText(nl('changes-action-changed')).waitFor();
  const newFingerprint = await page.locator('#sign-fingerprint').getAttribute('data-fingerprint');
  assert.notEqual(newFingerprint, oldFingerprint);
  const above = async (a, b) => (await a.boundingBox()).y < (await b.boundingBox()).y;
  assert.ok(await above(list, page.locator('#signer-client')), 'the list comes before the cards');
  await checkScreen(page, 'sign screen with changes (nl)');

  // The client turn, in Arabic and the simplified view: the list in her language, before her card.
  await page.locator('#turn-start').tap();
  await page.locator('#turn-step-sign').tap();
  await page.locator('#client-turn[data-step="sign"][lang="ar"]').waitFor();
  const hers = page.getByRole('region', { name: ar('easy-changes-title', { date: signedOn(ar) }) });
  await hers.waitFor();
  await hers.getByText(ar('changes-goal-changed')).waitFor();
  await hers.getByText(ar('changes-action-changed')).waitFor();
  assert.equal(await hers.getByText(nl('changes-goal-changed')).count(), 0, 'no Dutch labels in her list');
  assert.equal(await hers.locator('bdi', { hasText: NEW_TITLE }).count(), 1, 'the typed title isolated');
  assert.ok(await above(hers, page.locator('#signer-client')), 'she reads the changes before her card');
  await checkScreen(page, 'client turn, changes before signing (ar, simplified)');
  await screenshot(page, 'changes-turn-sign-ar');

  // She signs the new version with her finger (the mouse here), then the worker takes the tablet back.
  await page
    .locator('#signer-client')
    .getByRole('button', { name: ar('sign-start') })
    .tap();
  await draw(page, page.locator('#pad-client-area'));
  await page.locator('#pad-client-status[data-strokes="1"]').waitFor();
  await page.getByRole('button', { name: ar('pad-save') }).tap();
  await page.locator('#signer-client[data-signed="true"]').waitFor();
  await takeBack(page);

  // The worker and the partner sign too; the print carries the annex with both fingerprints.
  await signParties(page);
  assert.equal(await page.locator('#sign-changes').count(), 0, 'signed again: the list has done its work');
  await page.getByRole('button', { name: nl('sign-go-print') }).tap();
  const annex = page.locator('#doc-changes');
  await annex.getByRole('heading', { name: startingWith(nl('doc-changes-title', { date: signedOn(nl) })) }).waitFor();
  await annex.getByText(ar('doc-changes-title', { date: signedOn(ar) })).waitFor();
  assert.equal(await annex.locator('.doc-changes-old code').getAttribute('data-fingerprint'), oldFingerprint);
  assert.equal(await annex.locator('.doc-changes-new code').getAttribute('data-fingerprint'), newFingerprint);
  await annex.getByText(nl('changes-goal-changed')).first().waitFor();
  await annex.getByText(ar('changes-goal-changed')).first().waitFor();
  await checkScreen(page, 'print with the annex (nl + ar)');
  await annex.scrollIntoViewIfNeeded();
  await annex.screenshot({ path: path.join(ARTIFACTS, 'changes-print-annex.png') });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'changes-print');
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});
