// Foundation journey: create a dossier, reload and find it, rename, switch language, delete.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertTouchTargets,
  launch,
  openApp,
  screenshot,
  serveDist,
  tabletPage,
} from './support.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a dossier is created, survives a reload, is renamed, shown in English and deleted', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.getByText('Nog geen dossiers op dit toestel.').waitFor();
  await assertAccessible(page, 'home (empty, nl)');
  await assertTouchTargets(page, 'home (empty, nl)');

  // A blank name gets a clear message and nothing is created.
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('alert').filter({ hasText: 'Vul een naam in.' }).waitFor();
  assert.equal(await page.getByLabel('Naam van de cliënt').getAttribute('aria-invalid'), 'true');

  // A valid name creates the dossier and opens it.
  await page.getByLabel('Naam van de cliënt').fill('  Amina   El Idrissi ');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Amina El Idrissi' }).waitFor();
  await assertAccessible(page, 'dossier (nl)');
  await assertTouchTargets(page, 'dossier (nl)');
  await screenshot(page, 'foundation-dossier-nl');

  // The autosave is at most half a second behind; a reload right after finds the dossier.
  await page.waitForTimeout(700);
  await page.reload();
  await page.getByText('Eén dossier op dit toestel.').waitFor();
  const card = page.locator('.dossier-card', { hasText: 'Amina El Idrissi' });
  await card.waitFor();
  await assertAccessible(page, 'home (one dossier, nl)');
  await screenshot(page, 'foundation-home-nl');

  // Rename: a too-long name is refused with the count, the typed text stays, then a good name.
  await card.getByRole('button', { name: 'Naam wijzigen' }).tap();
  const renameField = card.getByLabel('Nieuwe naam');
  await renameField.fill('x'.repeat(121));
  await card.getByRole('button', { name: 'Bewaren' }).tap();
  await card.getByRole('alert').filter({ hasText: 'Deze naam is 121 tekens lang. Hoogstens 120 tekens.' }).waitFor();
  assert.equal((await renameField.inputValue()).length, 121, 'the typed text is kept');
  await renameField.fill('Amina B.');
  await card.getByRole('button', { name: 'Bewaren' }).tap();
  await page.locator('.dossier-card', { hasText: 'Amina B.' }).waitFor();

  // English: the picker switches the screen, <html lang> follows, and it is remembered.
  await page.getByLabel('Taal van het scherm').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Dossiers on this device' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await assertAccessible(page, 'home (en)');
  await page.waitForTimeout(700);
  await page.reload();
  await page.getByText('One dossier on this device.').waitFor();
  const renamed = page.locator('.dossier-card', { hasText: 'Amina B.' });

  // Delete asks first; cancel keeps it, confirm removes it, also after a reload.
  await renamed.getByRole('button', { name: 'Delete' }).tap();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this dossier?' });
  await dialog.waitFor();
  await assertAccessible(page, 'delete confirmation (en)');
  await dialog.getByRole('button', { name: 'Cancel' }).tap();
  await renamed.waitFor();
  await renamed.getByRole('button', { name: 'Delete' }).tap();
  await dialog.getByRole('button', { name: 'Yes, delete' }).tap();
  await page.getByText('No dossiers on this device yet.').waitFor();
  await page.waitForTimeout(700);
  await page.reload();
  await page.getByText('No dossiers on this device yet.').waitFor();

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('the home screen fits a portrait tablet and stays usable by touch', async () => {
  const { context, page, offsite } = await tabletPage(browser, server.base, { width: 768, height: 1024 });
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Bram');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('button', { name: 'Alle dossiers' }).tap();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
  await assertTouchTargets(page, 'home (portrait)');
  await assertAccessible(page, 'home (portrait)');
  await screenshot(page, 'foundation-home-portrait');
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a stored record that cannot be read is reported and left untouched', async () => {
  const { context, page } = await tabletPage(browser, server.base);
  await page.goto(server.base);
  await page.evaluate(() => localStorage.setItem('trede.dossier.broken', '{"schema_version":1, "id": '));
  await openApp(page, server.base);
  await page.getByRole('status').filter({ hasText: 'Eén bewaard dossier kon niet gelezen worden.' }).waitFor();
  await page.getByLabel('Naam van de cliënt').fill('Chris');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.waitForTimeout(700);
  const raw = await page.evaluate(() => localStorage.getItem('trede.dossier.broken'));
  assert.equal(raw, '{"schema_version":1, "id": ', 'the unreadable record is never overwritten');
  await context.close();
});
