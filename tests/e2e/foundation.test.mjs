// Foundation journey: create a dossier, reload and find it, rename, switch language, delete.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible,
  assertTouchTargets,
  checkScreen,
  createDossier,
  dossierCard,
  messages,
  nl,
  openApp,
  reloadToHome,
  screenshot,
  startAppAndBrowser,
  storedRecords,
  tabletPage,
  waitSaved,
} from './support.mjs';

const app = startAppAndBrowser();
const en = messages('en');

test('a dossier is created, survives a reload, is renamed, shown in English and deleted', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.getByText(nl('home-count', { count: 0 })).waitFor();
  await checkScreen(page, 'home (empty, nl)');

  // A blank name gets a clear message and nothing is created.
  await page.getByRole('button', { name: nl('new-dossier-button') }).tap();
  await page
    .getByRole('alert')
    .filter({ hasText: nl('error-name-empty') })
    .waitFor();
  assert.equal(await page.getByLabel(nl('new-dossier-name-label')).getAttribute('aria-invalid'), 'true');

  // A valid name creates the dossier and opens it.
  await page.getByLabel(nl('new-dossier-name-label')).fill('  Amina   El Idrissi ');
  await page.getByRole('button', { name: nl('new-dossier-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Amina El Idrissi' }).waitFor();
  await checkScreen(page, 'dossier (nl)');
  await screenshot(page, 'foundation-dossier-nl');

  // The autosave is at most half a second behind; a reload right after finds the dossier.
  await page.waitForTimeout(700);
  await reloadToHome(page);
  await page.getByText(nl('home-count', { count: 1 })).waitFor();
  const card = dossierCard(page, 'Amina El Idrissi');
  await card.waitFor();
  await assertAccessible(page, 'home (one dossier, nl)');
  await screenshot(page, 'foundation-home-nl');

  // Rename: a too-long name is refused with the count, the typed text stays, then a good name.
  await card.getByRole('button', { name: nl('rename-button') }).tap();
  const renameField = card.getByLabel(nl('rename-label'));
  await renameField.fill('x'.repeat(121));
  await card.getByRole('button', { name: nl('save-button') }).tap();
  await card
    .getByRole('alert')
    .filter({ hasText: nl('error-name-too-long', { actual: 121, max: 120 }) })
    .waitFor();
  assert.equal((await renameField.inputValue()).length, 121, 'the typed text is kept');
  await renameField.fill('Amina B.');
  await card.getByRole('button', { name: nl('save-button') }).tap();
  await dossierCard(page, 'Amina B.').waitFor();

  // English: the picker switches the screen, <html lang> follows, and it is remembered.
  await page.getByLabel(nl('language-label')).selectOption('en');
  await page.getByRole('heading', { level: 1, name: en('home-title') }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await assertAccessible(page, 'home (en)');
  await page.waitForTimeout(700);
  await reloadToHome(page);
  await page.getByText(en('home-count', { count: 1 })).waitFor();
  const renamed = dossierCard(page, 'Amina B.');

  // Delete asks first; cancel keeps it, confirm removes it, also after a reload.
  await renamed.getByRole('button', { name: en('delete-button') }).tap();
  const dialog = page.getByRole('alertdialog', { name: en('confirm-delete-title') });
  await dialog.waitFor();
  await assertAccessible(page, 'delete confirmation (en)');
  await dialog.getByRole('button', { name: en('cancel-button') }).tap();
  await renamed.waitFor();
  await renamed.getByRole('button', { name: en('delete-button') }).tap();
  await dialog.getByRole('button', { name: en('confirm-delete-yes') }).tap();
  await page.getByText(en('home-count', { count: 0 })).waitFor();
  await page.waitForTimeout(700);
  await reloadToHome(page);
  await page.getByText(en('home-count', { count: 0 })).waitFor();

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('the home screen fits a portrait tablet and stays usable by touch', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base, { width: 768, height: 1024 });
  await openApp(page, app.base);
  await createDossier(page, 'Bram');
  await page.getByRole('button', { name: nl('back-to-list') }).tap();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
  await assertTouchTargets(page, 'home (portrait)');
  await assertAccessible(page, 'home (portrait)');
  await screenshot(page, 'foundation-home-portrait');
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a stored record that cannot be read is reported, moved into IndexedDB untouched', async () => {
  const { context, page } = await tabletPage(app.browser, app.base);
  await page.goto(app.base);
  await page.evaluate(() => localStorage.setItem('trede.dossier.broken', '{"schema_version":1, "id": '));
  await openApp(page, app.base);
  await page
    .getByRole('status')
    .filter({ hasText: nl('unreadable-notice', { count: 1 }) })
    .waitFor();
  await createDossier(page, 'Chris');
  await waitSaved(page);
  const raw = (await storedRecords(page))['trede.dossier.broken'];
  assert.equal(raw, '{"schema_version":1, "id": ', 'the unreadable record is never overwritten');
  const left = await page.evaluate(() => localStorage.getItem('trede.dossier.broken'));
  assert.equal(left, null, 'the localStorage copy goes once IndexedDB has it');
  await context.close();
});
