// Back and forward follow the app's screens (URL fragment): back goes one screen back, and in a
// client turn neither back nor reload leaves the turn. (A reload of a worker's screen still
// starts at home: see the report of #16.)

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, openExample, openView, startAppAndBrowser, tabletPage } from './support.mjs';

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
  // Back from the dossier's first screen: home, still in the app.
  await page.goBack();
  await current(page, 'plan');
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
