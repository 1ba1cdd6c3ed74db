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
  reloadToHome,
  screenshot,
  startAppAndBrowser,
  storedDossierTexts,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

/** Sets a lock on the open dossier with `passphrase` and waits until the app says it is on. */
async function setLock(page, passphrase) {
  await page.getByRole('button', { name: nl('lock-set') }).tap();
  const dialog = page.getByRole('dialog', { name: nl('lock-set') });
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill(passphrase);
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill(passphrase);
  await dialog.getByRole('button', { name: nl('lock-set') }).tap();
  await page.getByText(nl('lock-on')).waitFor({ timeout: 20000 });
}

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
  await reloadToHome(page);
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

test('the idle lock hides the dossier at once even when sealing fails, and checks the time on wake', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await page.clock.install();
  await openApp(page, app.base);
  await createDossier(page, 'Nadia Karimi');
  await setLock(page, 'olijfboom in de tuin');

  // From now on every seal fails (as on a full or broken device).
  await page.evaluate(() => {
    crypto.subtle.encrypt = () => Promise.reject(new Error('sealing fails'));
  });
  // The tab was hidden for eleven minutes and its timers did not run; it is shown again.
  const now = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(now + 11 * 60_000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.getByRole('heading', { name: nl('locked-dossier-name', { number: 1 }) }).waitFor({ timeout: 5000 });
  assert.equal(await page.getByText('Nadia').count(), 0, 'nothing of it is on screen');
  await page
    .getByRole('alert')
    .filter({ hasText: nl('crypto-error-unavailable') })
    .waitFor();
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a seal still running when the meeting ends commits nothing: the wipe is not undone', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Wim Verzegeld');
  await setLock(page, 'olijfboom in de tuin');
  // From now on every seal takes two seconds (a slow tablet, a large dossier).
  await page.evaluate(() => {
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    crypto.subtle.encrypt = async (...args) => {
      await new Promise((done) => setTimeout(done, 2000));
      return encrypt(...args);
    };
  });
  await page.locator('#view-plan').tap();
  await page.locator('#plan-step-goals').tap();
  await page.locator('#plan-add-goal').tap();
  await page.locator('.save-status[data-state="saving"]').waitFor();
  // Past the save's half-second wait: the save has begun and is sealing.
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: nl('back-to-list') }).tap();
  await page.getByRole('button', { name: nl('wipe-button') }).tap();
  await page
    .getByRole('alertdialog', { name: nl('wipe-title') })
    .getByRole('button', { name: nl('wipe-confirm') })
    .tap();
  await page.getByText(nl('home-count', { count: 0 })).waitFor();
  // The seals that were running end now; what they sealed must not come back.
  await page.waitForTimeout(3000);
  assert.deepEqual(await storedDossierTexts(page), [], 'nothing stored after the wipe');
  await reloadToHome(page);
  await page.getByText(nl('home-count', { count: 0 })).waitFor();
  assert.equal(await page.locator('.locked-card').count(), 0);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after the lock is removed, the write-ahead entry holds the dossier in plain only, never its old sealed form', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Lien Ontgrendeld');
  await setLock(page, 'olijfboom in de tuin');
  await page.locator('#view-plan').tap();
  await page.locator('#plan-step-goals').tap();
  await page.locator('#plan-add-goal').tap();
  // Sealed ahead while locked (a few ms); then, inside the save's wait, the lock goes and one
  // more change follows: nothing is committed yet when the page goes.
  await page.waitForTimeout(60);
  await page.locator('#view-overview').tap();
  await page.getByRole('button', { name: nl('lock-remove') }).tap();
  await page.getByText(nl('lock-off')).waitFor();
  await page.locator('#view-plan').tap();
  await page.locator('#plan-step-goals').tap();
  await page.locator('#plan-add-goal').tap();
  const entry = await page.evaluate(() => {
    dispatchEvent(new PageTransitionEvent('pagehide'));
    return JSON.parse(localStorage.getItem('trede.wal') ?? '[]');
  });
  const records = entry.filter(([key]) => key.startsWith('trede.dossier.'));
  assert.ok(records.length >= 1, 'the dossier is in the entry');
  for (const [, value] of records) {
    assert.ok(!value.includes('trede-encrypted'), 'no sealed form of a dossier that is no longer locked');
    assert.equal(JSON.parse(value).plan.goals.length, 2, 'the newest content');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a passphrase opens however its accents were typed (Unicode NFC before the key)', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Jonas Peeters');
  // Typed with combining accents (as some keyboards do) ...
  const decomposed = 'crème brûlée op zondag'.normalize('NFD');
  await setLock(page, decomposed);
  await page.getByRole('button', { name: nl('lock-now') }).tap();
  await page.getByRole('heading', { name: nl('locked-dossier-name', { number: 1 }) }).waitFor({ timeout: 20000 });
  await waitStored(page, (v) => v.includes('trede-encrypted'));
  // ... and opened with the accented letters as single characters.
  await page
    .locator('.locked-card')
    .getByRole('button', { name: nl('unlock-button') })
    .tap();
  const ask = page.getByRole('dialog', { name: nl('unlock-title') });
  await ask.getByLabel(nl('passphrase-label')).fill('crème brûlée op zondag'.normalize('NFC'));
  await ask.getByRole('button', { name: nl('unlock-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Jonas Peeters' }).waitFor({ timeout: 20000 });
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a locked dossier imported from an encrypted file comes in as a copy, stays locked and survives a reload', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Lina Haddad');
  await setLock(page, 'olijfboom in de tuin');
  await page.getByRole('button', { name: nl('export-button') }).tap();
  const exporting = page.getByRole('dialog', { name: nl('export-title') });
  await exporting.getByLabel(nl('passphrase-label'), { exact: true }).fill('blauwe fiets vuurtoren');
  await exporting.getByLabel(nl('passphrase-repeat-label')).fill('blauwe fiets vuurtoren');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    exporting.getByRole('button', { name: nl('export-make-file') }).tap(),
  ]);
  const file = await download.path();
  await page.getByRole('button', { name: nl('lock-now') }).tap();
  await page.getByRole('heading', { name: nl('locked-dossier-name', { number: 1 }) }).waitFor({ timeout: 20000 });
  await waitStored(page, (v) => v.includes('trede-encrypted'));

  // The same dossier (its id is locked here) comes back from the file.
  await page.locator('input[type="file"]').setInputFiles(file);
  const ask = page.getByRole('dialog', { name: nl('import-passphrase-title') });
  await ask.getByLabel(nl('passphrase-label')).fill('blauwe fiets vuurtoren');
  await ask.getByRole('button', { name: nl('import-passphrase-open') }).tap();
  await page
    .getByRole('status')
    .filter({ hasText: nl('import-done-copy', { name: 'Lina Haddad' }) })
    .waitFor({ timeout: 20000 });
  // Stored sealed with the file's key, never in plain text, and still there after a reload.
  for (let i = 0; ; i++) {
    const values = await storedValues(page);
    if (values.length === 2 && values.every((v) => v.includes('trede-encrypted'))) break;
    assert.ok(i < 200, 'both records stored, sealed');
    await page.waitForTimeout(100);
  }
  await reloadToHome(page);
  await page.locator('.locked-card').nth(1).waitFor();
  assert.equal(await page.locator('.locked-card').count(), 2);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a record sealed before passphrases were normalised still opens with the passphrase as typed', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  // A record as the previous version wrote it: the key derived from the passphrase's bytes as
  // typed (here with combining accents), not from its NFC form.
  const typed = 'crème brûlée op zondag'.normalize('NFD');
  await page.evaluate(async (passphrase) => {
    const enc = new TextEncoder();
    const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
    const sha = async (label, k) => crypto.subtle.digest('SHA-256', new Uint8Array([...enc.encode(label), ...k]));
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const base = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveBits']);
    const bits = new Uint8Array(
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600000 }, base, 256),
    );
    const key = await crypto.subtle.importKey('raw', await sha('trede-key', bits), 'AES-GCM', false, ['encrypt']);
    const dossier = {
      schema_version: 1,
      id: 'old1',
      client_name: 'Mira Oud',
      interface_lang: 'nl',
      client_lang: 'nl',
      created: '2026-11-01T09:00:00Z',
      updated: '2026-11-01T09:00:00Z',
      lock: { idle_minutes: 10 },
    };
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(JSON.stringify(dossier)));
    const sealed = {
      format: 'trede-encrypted',
      version: 1,
      kdf: 'PBKDF2-SHA-256',
      iterations: 600000,
      salt: b64(salt),
      iv: b64(iv),
      check: b64(await sha('trede-check', bits)),
      ciphertext: b64(ciphertext),
    };
    // Where that version kept it: localStorage (moved into IndexedDB at the next start).
    localStorage.setItem('trede.dossier.old1', JSON.stringify(sealed));
  }, typed);
  await reloadToHome(page);
  await page
    .locator('.locked-card')
    .getByRole('button', { name: nl('unlock-button') })
    .tap();
  const ask = page.getByRole('dialog', { name: nl('unlock-title') });
  await ask.getByLabel(nl('passphrase-label')).fill(typed);
  await ask.getByRole('button', { name: nl('unlock-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Mira Oud' }).waitFor({ timeout: 30000 });
  assert.deepEqual(offsite, []);
  await context.close();
});

test('with "lock when hidden" ticked, hiding the tab locks at once', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Omar Saleh');
  await setLock(page, 'olijfboom in de tuin');
  await page.getByLabel(nl('lock-when-hidden')).check();
  // The tab is hidden (another app, the screen off).
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByRole('heading', { name: nl('locked-dossier-name', { number: 1 }) }).waitFor({ timeout: 5000 });
  assert.equal(await page.getByText('Omar').count(), 0);
  // The setting is kept on this device.
  assert.equal(await page.evaluate(() => localStorage.getItem('trede.lock-on-hide')), '1');
  assert.deepEqual(offsite, []);
  await context.close();
});
