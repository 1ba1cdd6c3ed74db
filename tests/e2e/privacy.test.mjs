// Privacy by construction: a strict CSP with no violations, no request at all after load,
// the app works offline after the first visit, and nothing typed is lost on a quick reload.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  createDossier,
  DIST,
  dossierCard,
  messageParts,
  messages,
  nl,
  openApp,
  reloadToHome,
  serveDist,
  startAppAndBrowser,
  storedDossierTexts,
  tabletPage,
  waitSaved,
} from './support.mjs';

const app = startAppAndBrowser();
const en = messages('en');

async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

test('the page has a strict policy, runs no inline script and reports no violation', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await watchCsp(page);
  await openApp(page, app.base);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline|https?:|\*/);
  const inlineScripts = await page.$$eval('script', (s) => s.filter((x) => !x.src).length);
  assert.equal(inlineScripts, 0);
  await createDossier(page, 'Dina');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('once the app runs, the page cannot reach the network, not even its own origin', async () => {
  const { context, page } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  const policies = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.map((x) => x.content));
  assert.ok(policies.includes("connect-src 'none'"), policies.join(' | '));
  const attempt = await page.evaluate(() =>
    fetch('./index.html').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  assert.equal(attempt, 'blocked');
  await context.close();
});

test('after the first visit no request goes out, and the app reloads and works offline', async () => {
  const { context, page, offsite } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A language other than Dutch is a file of the app itself; once installed, the service worker
  // answers it from its cache. Nothing may reach the network.
  const requests = [];
  const fromCache = [];
  page.on('requestfinished', async (r) => {
    const response = await r.response();
    (response?.fromServiceWorker() ? fromCache : requests).push(r.url());
  });
  page.on('requestfailed', (r) => requests.push(r.url()));
  await createDossier(page, 'Eli');
  await page.getByLabel(nl('language-label')).selectOption('en');
  await page.getByRole('button', { name: en('back-to-list') }).tap();
  await page.getByText(en('home-count', { count: 1 })).waitFor();
  assert.deepEqual(requests, [], 'working in the app makes no request to the network');
  assert.ok(
    // The browser reads the icon again (from the cache) when the URL fragment follows a screen.
    fromCache.every((url) => /^\/(locales\/en-|icon-)/.test(new URL(url).pathname)),
    fromCache.join(),
  );

  await context.setOffline(true);
  await reloadToHome(page);
  await page.getByText(en('home-count', { count: 1 })).waitFor();
  await page.getByLabel(en('new-dossier-name-label')).fill('Offline Fatima');
  await page.getByRole('button', { name: en('new-dossier-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Offline Fatima' }).waitFor();
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a change followed at once by a reload is kept', async () => {
  const { context, page } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Gert');
  await reloadToHome(page); // well within the autosave delay: the page-hide flush must keep it
  await page.getByText(nl('home-count', { count: 1 })).waitFor();
  await dossierCard(page, 'Gert').waitFor();
  await context.close();
});

test('a new version is announced and taken only when the user taps', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-dist-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const local = await serveDist(copy);
  const { context, page } = await tabletPage(app.browser, local.base);
  await openApp(page, local.base);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await createDossier(page, 'Hanne');

  // A new build appears on the host.
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(
    sw,
    fs.readFileSync(sw, 'utf8').replace(/const CACHE = 'trede-[0-9a-f]+'/, "const CACHE = 'trede-next'"),
  );
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const banner = page.getByRole('status').filter({ hasText: nl('update-ready') });
  await banner.waitFor();
  // Nothing happens by itself: the dossier stays on screen until the user taps.
  await page.waitForTimeout(500);
  await page.getByRole('heading', { level: 1, name: 'Hanne' }).waitFor();
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: nl('update-apply') }).tap()]);
  // The new version comes back on the same screen, the dossier kept.
  await page.getByRole('heading', { level: 1, name: 'Hanne' }).waitFor();
  await page.locator('header .brand').tap();
  await dossierCard(page, 'Hanne').waitFor();
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, ['trede-next'], 'the old version is cleared away');
  await context.close();
  await local.close();
  fs.rmSync(copy, { recursive: true, force: true });
});

test('two tabs on the same dossier never silently overwrite each other', async () => {
  const { context, page: first, offsite } = await tabletPage(app.browser, app.base);
  await openApp(first, app.base);
  await createDossier(first, 'Ilse');
  await first.getByRole('button', { name: nl('back-to-list') }).tap();
  await first.waitForTimeout(700);
  const second = await context.newPage();
  await openApp(second, app.base);
  await dossierCard(second, 'Ilse').waitFor();

  // A change in one tab shows up in the other, which had nothing unsaved.
  const rename = async (page, from, to) => {
    const card = dossierCard(page, from);
    await card.getByRole('button', { name: nl('rename-button') }).tap();
    await card.getByLabel(nl('rename-label')).fill(to);
    await card.getByRole('button', { name: nl('save-button') }).tap();
  };
  await rename(second, 'Ilse', 'Ilse V.');
  await dossierCard(first, 'Ilse V.').waitFor();

  // Both tabs change it at the same moment: both versions survive, and the user is told.
  await rename(first, 'Ilse V.', 'Ilse (eerste venster)');
  await rename(second, 'Ilse V.', 'Ilse (tweede venster)');
  await first.waitForTimeout(1500);
  for (const page of [first, second]) {
    await dossierCard(page, 'Ilse (eerste venster)').waitFor();
    await dossierCard(page, 'Ilse (tweede venster)').waitFor();
  }
  const told =
    (await first.getByText(messageParts(nl, 'tab-conflict', 'name')[1]).count()) +
    (await second.getByText(messageParts(nl, 'tab-conflict', 'name')[1]).count());
  assert.ok(told >= 1, 'a tab says both versions were kept');
  await waitSaved(first);
  await waitSaved(second);
  const names = (await storedDossierTexts(first)).map((t) => JSON.parse(t).client_name).sort();
  assert.deepEqual(names, ['Ilse (eerste venster)', 'Ilse (tweede venster)']);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a full disk is reported, the data stays on screen, and an export is offered', async () => {
  const { context, page } = await tabletPage(app.browser, app.base);
  // The device is full: a quota of one byte for this origin, set before the app opens storage.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.base).origin, quotaSize: 1 });
  await openApp(page, app.base);
  await createDossier(page, 'Jana');
  await page.getByRole('button', { name: nl('rename-button') }).tap();
  await page.getByLabel(nl('rename-label')).fill('Jana met een veel langere naam die niet meer past');
  await page.getByRole('button', { name: nl('save-button') }).tap();
  const notice = page.getByRole('alert').filter({ hasText: nl('save-error-full') });
  await notice.waitFor();
  await page.getByRole('heading', { level: 1, name: 'Jana met een veel langere naam die niet meer past' }).waitFor();
  // Not in one tap, and not in plain text unless unticked: the export dialog asks a passphrase.
  await notice.getByRole('button', { name: nl('save-error-export') }).tap();
  const dialog = page.getByRole('dialog', { name: nl('export-title') });
  assert.equal(await dialog.getByLabel(nl('passphrase-encrypt-choice')).isChecked(), true);
  await dialog.getByLabel(nl('passphrase-label'), { exact: true }).fill('blauwe fiets 42');
  await dialog.getByLabel(nl('passphrase-repeat-label')).fill('blauwe fiets 42');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    dialog.getByRole('button', { name: nl('export-make-file') }).tap(),
  ]);
  assert.match(download.suggestedFilename(), /^trede-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}\.json$/);
  const sealed = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(sealed).format, 'trede-encrypted');
  assert.ok(!sealed.includes('Jana'));
  await context.close();
});
