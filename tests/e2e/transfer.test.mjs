// Export and import of a dossier, hostile files, and the end-of-meeting wipe on a shared tablet.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  assertAccessible,
  createDossier,
  escapeRegExp,
  messagePattern,
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

const storedDossierKeys = async (page) => {
  await waitSaved(page);
  return Object.keys(await storedRecords(page)).filter((k) => k.startsWith('trede.dossier.'));
};

async function importFile(page, name, buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('export, import as a copy, hostile files refused with a clear message, then wipe', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await openApp(page, app.base);
  await createDossier(page, 'Amina');
  await page.locator('#client-lang').selectOption('ar');

  await page.getByRole('button', { name: nl('export-button') }).tap();
  const exportDialog = page.getByRole('dialog', { name: nl('export-title') });
  await exportDialog.getByLabel(nl('passphrase-encrypt-choice')).uncheck();
  assert.equal(await exportDialog.getByLabel(nl('passphrase-label'), { exact: true }).count(), 0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: nl('export-make-file') }).tap(),
  ]);
  // No client name in a file name: the date and a random part.
  assert.match(download.suggestedFilename(), /^trede-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}\.json$/);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(exported);
  assert.equal(file.format, 'trede-dossier');
  assert.equal(file.dossier.client_name, 'Amina');
  assert.equal(file.dossier.client_lang, 'ar');

  await page.getByRole('button', { name: nl('back-to-list') }).tap();
  await importFile(page, 'amina.json', Buffer.from(exported));
  await page
    .getByRole('status')
    .filter({ hasText: nl('import-done-copy', { name: 'Amina' }) })
    .waitFor();
  await page.getByText(nl('home-count', { count: 2 })).waitFor();

  const refuse = async (name, buffer, expected) => {
    await importFile(page, name, buffer);
    const report = page.getByRole('alert').filter({ hasText: nl('import-failed', { file: name }) });
    await report.waitFor();
    await report.getByText(expected).waitFor();
    await page.getByText(nl('home-count', { count: 2 })).waitFor();
  };
  await refuse(
    'half.json',
    Buffer.from(exported.slice(0, 200)),
    new RegExp(
      `${escapeRegExp(nl('import-error-not-json'))} \\(${messagePattern(nl, 'import-where', { line: /\d+/, column: /\d+/ }).source}\\)`,
    ),
  );
  await refuse(
    'version.json',
    Buffer.from(exported.replace('"version": 1', '"version": 7')),
    nl('import-error-file-version', { detail: 7 }),
  );
  await refuse(
    'types.json',
    Buffer.from(exported.replace('"client_name": "Amina"', '"client_name": 12')),
    nl('import-error-wrong-type'),
  );
  await refuse('other.json', Buffer.from('{"hello": "world"}'), nl('import-error-not-trede'));
  await refuse('deep.json', Buffer.from('['.repeat(100000)), nl('import-error-too-deep'));
  // A 50 MB file is refused by its size, before it is read.
  const huge = path.join(os.tmpdir(), 'huge.json');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.locator('input[type="file"]').setInputFiles(huge);
  await page
    .getByRole('alert')
    .filter({ hasText: nl('import-failed', { file: 'huge.json' }) })
    .getByText(nl('import-error-too-large', { detail: 5 }))
    .waitFor();
  fs.rmSync(huge);
  await refuse('locked.json', Buffer.from('{"format":"trede-encrypted","version":1}'), nl('import-error-encrypted'));
  await assertAccessible(page, 'home with an import error');

  // Markup in a name is shown as text and never runs.
  const hostile = exported.replace(
    '"client_name": "Amina"',
    '"client_name": "<img src=x onerror=alert(1)><script>alert(2)</script>"',
  );
  await importFile(page, 'markup.json', Buffer.from(hostile));
  await page.getByText(nl('home-count', { count: 3 })).waitFor();
  await page.getByRole('heading', { name: '<img src=x onerror=alert(1)><script>alert(2)</script>' }).waitFor();
  assert.equal(await page.locator('.dossier-list img, .dossier-list script').count(), 0);
  assert.deepEqual(dialogs, [], 'no script from a file ever runs');
  await page.waitForTimeout(700);
  assert.equal((await storedDossierKeys(page)).length, 3);

  // A second tab of this browser has a dossier open.
  const other = await context.newPage();
  await openApp(other, app.base);
  await other.getByText(nl('home-count', { count: 3 })).waitFor();
  await other
    .locator('.dossier-card', { hasText: 'Amina' })
    .first()
    .getByRole('button', { name: nl('open-button') })
    .tap();

  // End of the meeting: the dialog offers an export per dossier, then everything goes.
  await page.getByRole('button', { name: nl('wipe-button') }).tap();
  const dialog = page.getByRole('alertdialog', { name: nl('wipe-title') });
  await dialog.getByText(nl('wipe-body', { count: 3 })).waitFor();
  await dialog.getByText(nl('wipe-cannot-erase')).waitFor();
  assert.equal(await dialog.getByRole('button', { name: nl('export-button') }).count(), 3);
  // An export from here asks first, encrypted unless unticked: no plain file in one tap.
  await dialog
    .getByRole('button', { name: nl('export-button') })
    .first()
    .tap();
  const exporting = page.getByRole('dialog', { name: nl('export-title') });
  assert.equal(await exporting.getByLabel(nl('passphrase-encrypt-choice')).isChecked(), true);
  await exporting.getByRole('button', { name: nl('cancel-button') }).tap();
  await assertAccessible(page, 'wipe dialog');
  await screenshot(page, 'transfer-wipe-dialog');
  // The boot script's report of what it could not remove (caches, service workers).
  await page.evaluate(() => {
    window.wipeReport = new Promise((report) =>
      addEventListener('trede-wipe-checked', (e) => report(e.detail), { once: true }),
    );
  });
  await dialog.getByRole('button', { name: nl('wipe-confirm') }).tap();
  await page.getByText(nl('home-count', { count: 0 })).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: nl('wipe-done') })
    .waitFor();
  assert.deepEqual(await storedDossierKeys(page), [], 'nothing is left in storage, at once');
  // The other tab forgot everything too and writes nothing back.
  await other.getByText(nl('home-count', { count: 0 })).waitFor();
  await page.evaluate(() => window.wipeReport);
  const left = await page.evaluate(async () => ({
    keys: Object.keys(localStorage).filter((k) => k.startsWith('trede.')),
    caches: (await caches.keys()).filter((k) => k.startsWith('trede-')),
  }));
  // The service worker's removal is checked with one tab (below): with a second controlled tab,
  // Chromium under Playwright left `unregister()` pending in about 1 run of 4 (the app then says
  // so); the caches, the part that holds files, are gone either way.
  assert.deepEqual(left, { keys: [], caches: [] }, 'no key or cache of the app');
  await page.waitForTimeout(700);
  assert.deepEqual(await storedRecords(page), {}, 'no record in IndexedDB, none written back by either tab');
  await reloadToHome(page);
  await page.getByText(nl('home-count', { count: 0 })).waitFor();

  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('end of meeting removes the offline copy and the service worker, and reports nothing left', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Amina');
  await page.getByRole('button', { name: nl('back-to-list') }).tap();
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 1);
  await page.evaluate(() => {
    window.wipeReport = new Promise((report) =>
      addEventListener('trede-wipe-checked', (e) => report(e.detail), { once: true }),
    );
  });
  await page.getByRole('button', { name: nl('wipe-button') }).tap();
  await page
    .getByRole('alertdialog', { name: nl('wipe-title') })
    .getByRole('button', { name: nl('wipe-confirm') })
    .tap();
  assert.equal(await page.evaluate(() => window.wipeReport), 0, 'the boot script removed everything it knows of');
  const left = await page.evaluate(async () => ({
    keys: Object.keys(localStorage).filter((k) => k.startsWith('trede.')),
    caches: (await caches.keys()).filter((k) => k.startsWith('trede-')),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(left, { keys: [], caches: [], workers: 0 }, 'no key, cache or service worker of the app');
  assert.deepEqual(await storedRecords(page), {}, 'no record in IndexedDB');
  // The page still open goes on working without its offline copy.
  await createDossier(page, 'Yonas');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an encrypted export opens only with its passphrase and refuses a changed byte', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Yonas Tesfay');
  await page.getByRole('button', { name: nl('export-button') }).tap();
  const dialog = page.getByRole('dialog', { name: nl('export-title') });
  await dialog.getByText(nl('passphrase-cannot-recover')).waitFor();
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill('kort');
  await dialog.getByRole('button', { name: nl('export-make-file') }).tap();
  await dialog
    .getByRole('alert')
    .filter({ hasText: nl('passphrase-too-short') })
    .waitFor();
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill('blauwe fiets 42');
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill('blauwe fiets 24');
  await dialog.getByRole('button', { name: nl('export-make-file') }).tap();
  await dialog
    .getByRole('alert')
    .filter({ hasText: nl('passphrase-mismatch') })
    .waitFor();
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill('blauwe fiets 42');
  await assertAccessible(page, 'export dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    dialog.getByRole('button', { name: nl('export-make-file') }).tap(),
  ]);
  const sealed = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(sealed).format, 'trede-encrypted');
  assert.equal(JSON.parse(sealed).iterations, 600000);
  assert.ok(!sealed.includes('Yonas'), 'the name is not readable in the file');

  await page.getByRole('button', { name: nl('back-to-list') }).tap();
  await importFile(page, 'yonas.json', Buffer.from(sealed));
  const ask = page.getByRole('dialog', { name: nl('import-passphrase-title') });
  await ask.getByLabel(nl('passphrase-label')).fill('rode fiets 42');
  await ask.getByRole('button', { name: nl('import-passphrase-open') }).tap();
  await ask
    .getByRole('alert')
    .filter({ hasText: nl('crypto-error-wrong-passphrase') })
    .waitFor({ timeout: 20000 });
  await page.getByText(nl('home-count', { count: 1 })).waitFor();
  await ask.getByLabel(nl('passphrase-label')).fill('blauwe fiets 42');
  await ask.getByRole('button', { name: nl('import-passphrase-open') }).tap();
  await page
    .getByRole('status')
    .filter({ hasText: nl('import-done-copy', { name: 'Yonas Tesfay' }) })
    .waitFor({ timeout: 20000 });
  await page.getByText(nl('home-count', { count: 2 })).waitFor();

  // One changed byte in the encrypted data: refused, nothing changes.
  const file = JSON.parse(sealed);
  const bytes = Buffer.from(file.ciphertext, 'base64');
  bytes[5] ^= 1;
  file.ciphertext = bytes.toString('base64');
  await importFile(page, 'changed.json', Buffer.from(JSON.stringify(file)));
  await ask.getByLabel(nl('passphrase-label')).fill('blauwe fiets 42');
  await ask.getByRole('button', { name: nl('import-passphrase-open') }).tap();
  await page
    .getByRole('alert')
    .filter({ hasText: nl('crypto-error-tampered') })
    .waitFor({ timeout: 20000 });
  await page.getByText(nl('home-count', { count: 2 })).waitFor();
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
