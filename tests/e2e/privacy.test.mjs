// Privacy by construction: a strict CSP with no violations, no request at all after load,
// the app works offline after the first visit, and nothing typed is lost on a quick reload.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, launch, openApp, serveDist, tabletPage } from './support.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

test('the page has a strict policy, runs no inline script and reports no violation', async () => {
  const { context, page, offsite } = await tabletPage(browser, server.base);
  await watchCsp(page);
  await openApp(page, server.base);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline|https?:|\*/);
  const inlineScripts = await page.$$eval('script', (s) => s.filter((x) => !x.src).length);
  assert.equal(inlineScripts, 0);
  await page.getByLabel('Naam van de cliënt').fill('Dina');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Dina' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('once the app runs, the page cannot reach the network, not even its own origin', async () => {
  const { context, page } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
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
  const { context, page, offsite } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
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
  await page.getByLabel('Naam van de cliënt').fill('Eli');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Eli' }).waitFor();
  await page.getByLabel('Taal van het scherm').selectOption('en');
  await page.getByRole('button', { name: 'All dossiers' }).tap();
  await page.getByText('One dossier on this device.').waitFor();
  assert.deepEqual(requests, [], 'working in the app makes no request to the network');
  assert.ok(
    fromCache.every((url) => new URL(url).pathname.startsWith('/locales/en-')),
    fromCache.join(),
  );

  await context.setOffline(true);
  await page.reload();
  await page.getByText('One dossier on this device.').waitFor();
  await page.getByLabel("Client's name").fill('Offline Fatima');
  await page.getByRole('button', { name: 'Create dossier' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Offline Fatima' }).waitFor();
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a change followed at once by a reload is kept', async () => {
  const { context, page } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Gert');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Gert' }).waitFor();
  await page.reload(); // well within the autosave delay: the page-hide flush must keep it
  await page.getByText('Eén dossier op dit toestel.').waitFor();
  await page.locator('.dossier-card', { hasText: 'Gert' }).waitFor();
  await context.close();
});

test('a new version is announced and taken only when the user taps', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-dist-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const local = await serveDist(copy);
  const { context, page } = await tabletPage(browser, local.base);
  await openApp(page, local.base);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByLabel('Naam van de cliënt').fill('Hanne');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Hanne' }).waitFor();

  // A new build appears on the host.
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(
    sw,
    fs.readFileSync(sw, 'utf8').replace(/const CACHE = 'trede-[0-9a-f]+'/, "const CACHE = 'trede-next'"),
  );
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Trede klaar.' });
  await banner.waitFor();
  // Nothing happens by itself: the dossier stays on screen until the user taps.
  await page.waitForTimeout(500);
  await page.getByRole('heading', { level: 1, name: 'Hanne' }).waitFor();
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Nu bijwerken' }).tap()]);
  await page.locator('.dossier-card', { hasText: 'Hanne' }).waitFor();
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, ['trede-next'], 'the old version is cleared away');
  await context.close();
  await local.close();
  fs.rmSync(copy, { recursive: true, force: true });
});

test('two tabs on the same dossier never silently overwrite each other', async () => {
  const { context, page: first, offsite } = await tabletPage(browser, server.base);
  await openApp(first, server.base);
  await first.getByLabel('Naam van de cliënt').fill('Ilse');
  await first.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await first.getByRole('button', { name: 'Alle dossiers' }).tap();
  await first.waitForTimeout(700);
  const second = await context.newPage();
  await openApp(second, server.base);
  await second.locator('.dossier-card', { hasText: 'Ilse' }).waitFor();

  // A change in one tab shows up in the other, which had nothing unsaved.
  const rename = async (page, from, to) => {
    const card = page.locator('.dossier-card', { hasText: from });
    await card.getByRole('button', { name: 'Naam wijzigen' }).tap();
    await card.getByLabel('Nieuwe naam').fill(to);
    await card.getByRole('button', { name: 'Bewaren' }).tap();
  };
  await rename(second, 'Ilse', 'Ilse V.');
  await first.locator('.dossier-card', { hasText: 'Ilse V.' }).waitFor();

  // Both tabs change it at the same moment: both versions survive, and the user is told.
  await rename(first, 'Ilse V.', 'Ilse (eerste venster)');
  await rename(second, 'Ilse V.', 'Ilse (tweede venster)');
  await first.waitForTimeout(1500);
  for (const page of [first, second]) {
    await page.locator('.dossier-card', { hasText: 'Ilse (eerste venster)' }).waitFor();
    await page.locator('.dossier-card', { hasText: 'Ilse (tweede venster)' }).waitFor();
  }
  const told =
    (await first.getByText('werd tegelijk in een ander venster gewijzigd').count()) +
    (await second.getByText('werd tegelijk in een ander venster gewijzigd').count());
  assert.ok(told >= 1, 'a tab says both versions were kept');
  const names = await first.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('trede.dossier.'))
      .map((k) => JSON.parse(localStorage.getItem(k)).client_name)
      .sort(),
  );
  assert.deepEqual(names, ['Ilse (eerste venster)', 'Ilse (tweede venster)']);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a full disk is reported, the data stays on screen, and an export is offered', async () => {
  const { context, page } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Jana');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.waitForTimeout(700);
  // Fill the origin's storage to the brim, then change something.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        if (chunk.length < 16) break;
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await page.getByRole('button', { name: 'Naam wijzigen' }).tap();
  await page.getByLabel('Nieuwe naam').fill('Jana met een veel langere naam die niet meer past');
  await page.getByRole('button', { name: 'Bewaren' }).tap();
  const notice = page.getByRole('alert').filter({ hasText: 'Het geheugen van dit toestel is vol.' });
  await notice.waitFor();
  await page.getByRole('heading', { level: 1, name: 'Jana met een veel langere naam die niet meer past' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Dit dossier nu exporteren' }).tap(),
  ]);
  assert.match(download.suggestedFilename(), /^trede-Jana-met-een/);
  await context.close();
});
