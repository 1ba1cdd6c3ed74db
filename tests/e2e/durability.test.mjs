// Durability with a real browser profile on disk: an edit the app calls "saved" survives the
// browser being killed (SIGKILL, as when a tablet's browser is killed or its battery dies), every
// time, and the last keystroke survives a normal tab close.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createDossier, dossierCard, messages, nl, openApp, serveDist, storedRecords, waitSaved } from './support.mjs';

const fr = messages('fr');

const ROUNDS = Number(process.env.KILL_ROUNDS || 20);
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];
let server;
before(async () => {
  server = await serveDist();
});
after(async () => server?.close());

/** A browser on `profile`, with the app open on its home screen. */
async function start(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await openApp(page, server.base);
  return { context, page };
}

/** The browser process of this profile (the one without `--type=`), found by its command line. */
function browserPid(profile) {
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd;
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (cmd.some((a) => a === `--user-data-dir=${profile}`) && !cmd.some((a) => a.startsWith('--type='))) {
      return Number(pid);
    }
  }
  return null;
}

/** Waits until "saved" follows this edit: the save is debounced, so "saving" shows first. */
async function savedAfterEdit(page) {
  await page.locator('.save-status[data-state="saving"]').waitFor({ timeout: 5000 });
  await waitSaved(page);
}

test(`an edit shown as saved survives SIGKILL of the browser (${ROUNDS} rounds)`, async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-kill-'));
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const { context, page } = await start(profile);
      if (round > 0) {
        await dossierCard(page, `Kill ${round - 1}`).waitFor({ timeout: 10000 });
        assert.equal(await page.locator('.dossier-card').count(), round, `round ${round}: every dossier is there`);
      }
      if (round === ROUNDS) {
        await context.close();
        break;
      }
      await createDossier(page, `Kill ${round}`);
      await savedAfterEdit(page);
      const pid = browserPid(profile);
      assert.ok(pid, 'the browser process is found');
      process.kill(pid, 'SIGKILL');
      await context.close().catch(() => {});
      // Wait until every process of the profile is gone before starting again.
      for (let i = 0; i < 50 && browserPid(profile); i++) await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('the last keystroke survives a normal tab close', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-close-'));
  try {
    let { context, page } = await start(profile);
    await createDossier(page, 'Sluiten');
    await savedAfterEdit(page);
    await page.locator('#view-plan').click();
    await page.locator('#plan-step-goals').click();
    await page.locator('#plan-add-goal').click();
    const title = page.locator('[id^="plan-goal-title-"]').first();
    await title.click();
    await page.keyboard.type('Werk vinden', { delay: 20 });
    // Closed at once, well inside the save's debounce: the page's hide handler must keep it.
    await page.close({ runBeforeUnload: true });
    await context.close();
    ({ context, page } = await start(profile));
    const stored = Object.values(await storedRecords(page)).join('\n');
    assert.ok(stored.includes('Werk vinden'), 'the last keystroke is stored');
    assert.equal(
      await page.evaluate(() => localStorage.getItem('trede.wal')),
      null,
      'the write-ahead entry is used up',
    );
    await context.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('the last keystroke in a locked dossier survives a normal tab close, and is stored sealed', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-close-locked-'));
  const passphrase = 'olijfboom in de tuin';
  let context;
  let page;
  try {
    ({ context, page } = await start(profile));
    await createDossier(page, 'Verzegeld Dossier');
    await savedAfterEdit(page);
    await page.getByRole('button', { name: nl('lock-set') }).click();
    const dialog = page.getByRole('dialog', { name: nl('lock-set') });
    await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill(passphrase);
    await dialog.getByLabel(nl('passphrase-repeat-label')).fill(passphrase);
    await dialog.getByRole('button', { name: nl('lock-set') }).click();
    await page.getByText(nl('lock-on')).waitFor({ timeout: 20000 });
    await page.locator('#view-plan').click();
    await page.locator('#plan-step-goals').click();
    await page.locator('#plan-add-goal').click();
    const title = page.locator('[id^="plan-goal-title-"]').first();
    await title.click();
    await page.keyboard.type('Rijbewijs halen', { delay: 20 });
    // What the page leaves when it goes, before any asynchronous save can run: the entry written
    // synchronously by the hide handler holds the dossier sealed (with its date), never in plain.
    await page.waitForTimeout(100);
    const entry = await page.evaluate(() => {
      dispatchEvent(new PageTransitionEvent('pagehide'));
      return localStorage.getItem('trede.wal');
    });
    const ahead = JSON.parse(entry).filter(([key]) => key.startsWith('trede.dossier.'));
    assert.equal(ahead.length, 1, 'the locked dossier is in the write-ahead entry');
    assert.ok(ahead[0][1].includes('trede-encrypted') && typeof ahead[0][2] === 'string', 'sealed, with its date');
    assert.ok(!entry.includes('Rijbewijs') && !entry.includes('Verzegeld'), 'nothing of it in plain text');
    await page.keyboard.type(' B');
    // Closed at once, inside the save's debounce.
    await page.close({ runBeforeUnload: true });
    await context.close();
    ({ context, page } = await start(profile));
    const stored = Object.values(await storedRecords(page)).join('\n');
    assert.ok(stored.includes('trede-encrypted'), 'stored sealed');
    assert.ok(!stored.includes('Rijbewijs') && !stored.includes('Verzegeld'), 'nothing of it in plain text');
    assert.equal(await page.evaluate(() => localStorage.getItem('trede.wal')), null, 'the entry is used up');
    await page
      .locator('.locked-card')
      .getByRole('button', { name: nl('unlock-button') })
      .click();
    const ask = page.getByRole('dialog', { name: nl('unlock-title') });
    await ask.getByLabel(nl('passphrase-label')).fill(passphrase);
    await ask.getByRole('button', { name: nl('unlock-button') }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzegeld Dossier' }).waitFor({ timeout: 20000 });
    await page.locator('#view-plan').click();
    await page.locator('#plan-step-goals').click();
    assert.equal(await page.locator('[id^="plan-goal-title-"]').first().inputValue(), 'Rijbewijs halen B');
  } finally {
    await context?.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('records of the localStorage version move into IndexedDB, and nothing is lost', async () => {
  const golden = JSON.parse(fs.readFileSync(new URL('../golden/local-storage-v1.json', import.meta.url), 'utf8'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-move-'));
  try {
    // The records are written before the app ever ran here (a page of the same origin that is
    // not the app), as a device updated from the localStorage version has them.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ARGS,
      serviceWorkers: 'block',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.base}not-the-app`);
    await page.evaluate((records) => {
      for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v);
    }, golden);
    await openApp(page, server.base);
    // The screen language came along too.
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached' });
    await dossierCard(page, 'Yonas El Idrissi').waitFor();
    await page.locator('.locked-card').first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: fr('unreadable-notice', { count: 2 }) })
      .waitFor();
    const stored = await storedRecords(page);
    for (const [k, v] of Object.entries(golden)) assert.equal(stored[k], v, `${k} is moved byte for byte`);
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trede.')));
    assert.deepEqual(left, [], 'the localStorage copies are gone once IndexedDB holds them');
    await context.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
