// Back and forward follow the app's screens (URL fragment): back goes one screen back, a reload
// keeps the screen (a locked dossier's address leads home), and in a client turn neither back nor
// reload leaves the turn.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createDossier,
  nl,
  openApp,
  openExample,
  openView,
  planStep,
  startAppAndBrowser,
  storedDossierTexts,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

const current = (page, view) => page.locator(`#view-${view}[aria-current="page"]`).waitFor();

test('back and forward go one screen at a time, and back from a dossier stays in the app', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await current(page, 'plan');
  await openView(page, 'ladder');
  await current(page, 'ladder');
  await openView(page, 'sign');
  await current(page, 'sign');
  await page.goBack();
  await current(page, 'ladder');
  await page.goBack();
  await current(page, 'plan');
  await page.goForward();
  await current(page, 'ladder');
  await page.goBack();
  await current(page, 'plan');
  // Back from the dossier's first screen: home, still in the app.
  await page.goBack();
  await page.locator('.home-page .lead').waitFor();
  assert.ok(page.url().startsWith(app.base));
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a client turn back and reload stay in the turn', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await openView(page, 'sign');
  await page.locator('#turn-start').tap();
  await page.locator('#client-turn[data-step="sign"]').waitFor();
  await page.locator('#turn-step-plan').tap();
  await page.locator('#client-turn[data-step="plan"]').waitFor();
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#client-turn').count(), 1, `back ${i + 1} stays in the turn`);
  }
  await page.reload();
  await page.locator('#client-turn').waitFor();
  assert.equal(await page.locator('.dossier-nav, .home-page').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the address of a dossier that is not open here (locked or unknown) leads home', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await page.goto(`${app.base}#/d/not-on-this-device/plan`);
  await page.reload();
  await page.locator('.home-page .lead').waitFor();
  assert.equal(await page.locator('.dossier-page').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload on a plan step and on the ladder keeps the user there', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await current(page, 'plan');
  await planStep(page, 'goals');
  await page.waitForTimeout(700); // the autosave keeps the step
  await page.reload();
  await current(page, 'plan');
  await page.locator('#plan-step-goals[aria-current="step"]').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Voorbeeld: Samira' }).waitFor();
  await openView(page, 'ladder');
  await current(page, 'ladder');
  await page.reload();
  await current(page, 'ladder');
  await page.getByRole('heading', { level: 1, name: 'Voorbeeld: Samira' }).waitFor();
  assert.equal(await page.locator('.home-page').count(), 0);
  // Back still goes one screen back after the reload.
  await page.goBack();
  await current(page, 'plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload on the address of a locked dossier leads home, and its screen is not shown', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Zahra Ahmadi');
  await page.getByRole('button', { name: nl('lock-set') }).tap();
  const dialog = page.getByRole('dialog', { name: nl('lock-set') });
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill('olijfboom in de tuin');
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill('olijfboom in de tuin');
  await dialog.getByRole('button', { name: nl('lock-set') }).tap();
  await page.getByText(nl('lock-on')).waitFor({ timeout: 20000 });
  await openView(page, 'ladder');
  await current(page, 'ladder');
  const address = page.url();
  assert.match(address, /#\/d\/[^/]+\/ladder$/);
  // "Locked" shows only once the sealed record is committed: it is there, and nothing in plain.
  const stored = await storedDossierTexts(page);
  assert.equal(stored.length, 1);
  assert.ok(stored[0].includes('trede-encrypted') && !stored[0].includes('Zahra'));
  await page.reload();
  await page.locator('.locked-card').waitFor();
  await page.locator('.home-page .lead').waitFor();
  assert.equal(await page.locator('.dossier-page').count(), 0);
  assert.equal(await page.getByText('Zahra').count(), 0, 'nothing of it is on screen');
  assert.ok(new URL(page.url()).hash === '#/', `the stale address is replaced: ${page.url()}`);
  assert.deepEqual(errors, []);
  await context.close();
});
