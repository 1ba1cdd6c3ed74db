// Export and import of a dossier, hostile files, and the end-of-meeting wipe on a shared tablet.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assertAccessible, launch, openApp, screenshot, serveDist, tabletPage } from './support.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const storedDossierKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trede.dossier.')));

async function importFile(page, name, buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('export, import as a copy, hostile files refused with a clear message, then wipe', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Amina');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.locator('#client-lang').selectOption('ar');

  await page.getByRole('button', { name: 'Exporteren' }).tap();
  const exportDialog = page.getByRole('dialog', { name: 'Dossier exporteren' });
  await exportDialog.getByLabel('Versleutelen met een wachtzin (aangeraden)').uncheck();
  assert.equal(await exportDialog.getByLabel('Wachtzin', { exact: true }).count(), 0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Bestand maken' }).tap(),
  ]);
  assert.match(download.suggestedFilename(), /^trede-Amina-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(exported);
  assert.equal(file.format, 'trede-dossier');
  assert.equal(file.dossier.client_name, 'Amina');
  assert.equal(file.dossier.client_lang, 'ar');

  await page.getByRole('button', { name: 'Alle dossiers' }).tap();
  await importFile(page, 'amina.json', Buffer.from(exported));
  await page.getByRole('status').filter({ hasText: 'Het dossier van Amina is geïmporteerd als kopie' }).waitFor();
  await page.getByText('2 dossiers op dit toestel.').waitFor();

  const refuse = async (name, buffer, expected) => {
    await importFile(page, name, buffer);
    const report = page.getByRole('alert').filter({ hasText: `${name} kon niet geïmporteerd worden.` });
    await report.waitFor();
    await report.getByText(expected).waitFor();
    await page.getByText('2 dossiers op dit toestel.').waitFor();
  };
  await refuse('half.json', Buffer.from(exported.slice(0, 200)), /geen geldige JSON\. \(regel \d+, kolom \d+\)/);
  await refuse(
    'version.json',
    Buffer.from(exported.replace('"version": 1', '"version": 7')),
    'Dit bestand heeft versie 7',
  );
  await refuse(
    'types.json',
    Buffer.from(exported.replace('"client_name": "Amina"', '"client_name": 12')),
    /verkeerd soort waarde/,
  );
  await refuse('other.json', Buffer.from('{"hello": "world"}'), 'Dit is geen dossierbestand van Trede.');
  await refuse('deep.json', Buffer.from('['.repeat(100000)), 'te diep genest');
  // A 50 MB file is refused by its size, before it is read.
  const huge = path.join(os.tmpdir(), 'huge.json');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.locator('input[type="file"]').setInputFiles(huge);
  await page
    .getByRole('alert')
    .filter({ hasText: 'huge.json kon niet geïmporteerd worden.' })
    .getByText('groter dan 5 MB')
    .waitFor();
  fs.rmSync(huge);
  await refuse('locked.json', Buffer.from('{"format":"trede-encrypted","version":1}'), 'versleuteld');
  await assertAccessible(page, 'home with an import error');

  // Markup in a name is shown as text and never runs.
  const hostile = exported.replace(
    '"client_name": "Amina"',
    '"client_name": "<img src=x onerror=alert(1)><script>alert(2)</script>"',
  );
  await importFile(page, 'markup.json', Buffer.from(hostile));
  await page.getByText('3 dossiers op dit toestel.').waitFor();
  await page.getByRole('heading', { name: '<img src=x onerror=alert(1)><script>alert(2)</script>' }).waitFor();
  assert.equal(await page.locator('.dossier-list img, .dossier-list script').count(), 0);
  assert.deepEqual(dialogs, [], 'no script from a file ever runs');
  await page.waitForTimeout(700);
  assert.equal((await storedDossierKeys(page)).length, 3);

  // End of the meeting: the dialog offers an export per dossier, then everything goes.
  await page.getByRole('button', { name: 'Einde gesprek: alles wissen' }).tap();
  const dialog = page.getByRole('alertdialog', { name: 'Alle dossiers van dit toestel wissen?' });
  await dialog.getByText('De 3 dossiers hieronder worden van dit toestel gewist.').waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Exporteren' }).count(), 3);
  await assertAccessible(page, 'wipe dialog');
  await screenshot(page, 'transfer-wipe-dialog');
  await dialog.getByRole('button', { name: 'Alles wissen' }).tap();
  await page.getByText('Nog geen dossiers op dit toestel.').waitFor();
  assert.deepEqual(await storedDossierKeys(page), [], 'nothing is left in storage, at once');
  await page.reload();
  await page.getByText('Nog geen dossiers op dit toestel.').waitFor();

  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an encrypted export opens only with its passphrase and refuses a changed byte', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Yonas Tesfay');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('button', { name: 'Exporteren' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Dossier exporteren' });
  await dialog.getByText('als ze vergeten is, kan niemand de gegevens nog openen').waitFor();
  await dialog.getByLabel('Wachtzin', { exact: true }).fill('kort');
  await dialog.getByRole('button', { name: 'Bestand maken' }).tap();
  await dialog.getByRole('alert').filter({ hasText: 'minstens 8 tekens' }).waitFor();
  await dialog.getByLabel('Wachtzin', { exact: true }).fill('blauwe fiets 42');
  await dialog.getByLabel('Wachtzin nog eens').fill('blauwe fiets 24');
  await dialog.getByRole('button', { name: 'Bestand maken' }).tap();
  await dialog.getByRole('alert').filter({ hasText: 'niet gelijk' }).waitFor();
  await dialog.getByLabel('Wachtzin nog eens').fill('blauwe fiets 42');
  await assertAccessible(page, 'export dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    dialog.getByRole('button', { name: 'Bestand maken' }).tap(),
  ]);
  const sealed = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(sealed).format, 'trede-encrypted');
  assert.equal(JSON.parse(sealed).iterations, 600000);
  assert.ok(!sealed.includes('Yonas'), 'the name is not readable in the file');

  await page.getByRole('button', { name: 'Alle dossiers' }).tap();
  await importFile(page, 'yonas.json', Buffer.from(sealed));
  const ask = page.getByRole('dialog', { name: 'Versleuteld bestand openen' });
  await ask.getByLabel('Wachtzin').fill('rode fiets 42');
  await ask.getByRole('button', { name: 'Openen' }).tap();
  await ask.getByRole('alert').filter({ hasText: 'Deze wachtzin klopt niet.' }).waitFor({ timeout: 20000 });
  await page.getByText('Eén dossier op dit toestel.').waitFor();
  await ask.getByLabel('Wachtzin').fill('blauwe fiets 42');
  await ask.getByRole('button', { name: 'Openen' }).tap();
  await page
    .getByRole('status')
    .filter({ hasText: 'Het dossier van Yonas Tesfay is geïmporteerd als kopie' })
    .waitFor({ timeout: 20000 });
  await page.getByText('2 dossiers op dit toestel.').waitFor();

  // One changed byte in the encrypted data: refused, nothing changes.
  const file = JSON.parse(sealed);
  const bytes = Buffer.from(file.ciphertext, 'base64');
  bytes[5] ^= 1;
  file.ciphertext = bytes.toString('base64');
  await importFile(page, 'changed.json', Buffer.from(JSON.stringify(file)));
  await ask.getByLabel('Wachtzin').fill('blauwe fiets 42');
  await ask.getByRole('button', { name: 'Openen' }).tap();
  await page
    .getByRole('alert')
    .filter({ hasText: 'het bestand werd veranderd of is beschadigd' })
    .waitFor({ timeout: 20000 });
  await page.getByText('2 dossiers op dit toestel.').waitFor();
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
