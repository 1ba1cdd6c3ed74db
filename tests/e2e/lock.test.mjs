// Locking a dossier with a passphrase: stored only encrypted, opened only with the passphrase,
// and locked again by itself after the chosen idle time.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible,
  checkScreen,
  createDossier,
  nl,
  openApp,
  screenshot,
  startAppAndBrowser,
  tabletPage,
  storedDossierTexts,
} from './support.mjs';

const app = startAppAndBrowser();

const storedValues = (page) => storedDossierTexts(page);
/** Polls the stored records until `check` holds for one of them. */
async function waitStored(page, check) {
  for (let i = 0; i < 200; i++) {
    if ((await storedValues(page)).some(check)) return;
    await page.waitForTimeout(100);
  }
  assert.fail('the record never appeared in storage');
}

test('a locked dossier is unreadable in storage and opens with its passphrase only', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await page.clock.install();
  await openApp(page, app.base);
  await createDossier(page, 'Zahra Ahmadi');
  await page.getByRole('button', { name: nl('lock-set') }).tap();
  const dialog = page.getByRole('dialog', { name: nl('lock-set') });
  await dialog.getByText(nl('passphrase-cannot-recover')).waitFor();
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill('olijfboom in de tuin');
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill('olijfboom in de tuin');
  await dialog.getByRole('button', { name: nl('lock-set') }).tap();
  await page.getByText(nl('lock-on')).waitFor({ timeout: 20000 });
  await checkScreen(page, 'dossier with lock on');
  await waitStored(page, (v) => v.includes('trede-encrypted'));
  for (const value of await storedValues(page)) {
    assert.ok(!value.includes('Zahra'), 'the name is not in storage');
    assert.equal(JSON.parse(value).format, 'trede-encrypted');
  }

  await page.getByRole('button', { name: nl('lock-now') }).tap();
  await page.getByRole('heading', { name: nl('locked-dossier-name', { number: 1 }) }).waitFor({ timeout: 20000 });
  assert.equal(await page.getByText('Zahra').count(), 0, 'nothing of it is on screen');
  await page.reload();
  const card = page.locator('.locked-card');
  await card.waitFor();
  await assertAccessible(page, 'home with a locked dossier');
  await screenshot(page, 'lock-home');

  await card.getByRole('button', { name: nl('unlock-button') }).tap();
  const ask = page.getByRole('dialog', { name: nl('unlock-title') });
  await ask.getByLabel(nl('passphrase-label')).fill('appelboom in de tuin');
  await ask.getByRole('button', { name: nl('unlock-button') }).tap();
  await ask
    .getByRole('alert')
    .filter({ hasText: nl('crypto-error-wrong-passphrase') })
    .waitFor({ timeout: 20000 });
  await ask.getByLabel(nl('passphrase-label')).fill('olijfboom in de tuin');
  await ask.getByRole('button', { name: nl('unlock-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Zahra Ahmadi' }).waitFor({ timeout: 20000 });

  // After ten minutes without a touch it locks itself.
  await page.clock.fastForward('10:30');
  await page.getByRole('heading', { name: nl('locked-dossier-name', { number: 1 }) }).waitFor({ timeout: 20000 });
  assert.equal(await page.getByText('Zahra').count(), 0);

  // Unlock again and remove the lock: the dossier is stored readable again.
  await page
    .locator('.locked-card')
    .getByRole('button', { name: nl('unlock-button') })
    .tap();
  await ask.getByLabel(nl('passphrase-label')).fill('olijfboom in de tuin');
  await ask.getByRole('button', { name: nl('unlock-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Zahra Ahmadi' }).waitFor({ timeout: 20000 });
  await page.getByRole('button', { name: nl('lock-remove') }).tap();
  await page.getByText(nl('lock-off')).waitFor();
  await page.clock.fastForward(1000);
  await waitStored(page, (v) => v.includes('Zahra Ahmadi'));
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dossier shows as locked only once its sealed record is stored', async () => {
  const { context, page } = await tabletPage(app.browser, app.base);
  // A full device: nothing can be stored, so the sealed record cannot be either.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.base).origin, quotaSize: 1 });
  await openApp(page, app.base);
  await createDossier(page, 'Nadia Haidari');
  await page
    .getByRole('alert')
    .filter({ hasText: nl('save-error-full') })
    .waitFor();
  await page.getByRole('button', { name: nl('lock-set') }).tap();
  const dialog = page.getByRole('dialog', { name: nl('lock-set') });
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill('olijfboom in de tuin');
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill('olijfboom in de tuin');
  await dialog.getByRole('button', { name: nl('lock-set') }).tap();
  // The key takes about a second; then the sealed write fails, and the screen says so.
  await page.waitForTimeout(4000);
  assert.equal(await page.getByText(nl('lock-on')).count(), 0, 'never "locked" without the sealed record');
  await page
    .getByRole('alert')
    .filter({ hasText: nl('save-error-full') })
    .waitFor();
  await page.getByRole('heading', { level: 1, name: 'Nadia Haidari' }).waitFor();
  await context.close();
});
