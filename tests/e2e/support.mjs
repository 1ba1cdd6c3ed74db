// Shared helpers for the end-to-end tests: a static server for dist/, the system Chromium at
// tablet size with touch, a guard that fails on any request leaving the page's origin, axe, the
// app's own Fluent messages (tests never hard-code a UI text) and the steps many journeys share.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { FluentBundle, FluentNumber, FluentResource } from '@fluent/bundle';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ftl': 'text/plain; charset=utf-8',
};

/**
 * Serves dist/ (or a copy of it) on a free loopback port, as any static host would. With
 * `gzip`, text files go compressed to clients that accept it (the benchmark: real hosts do).
 */
export async function serveDist(DIST_DIR = DIST, { gzip = false } = {}) {
  const DIST = DIST_DIR;
  const compressed = new Map();
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      const headers = {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (gzip && !/\.(woff2|png)$/.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        if (!compressed.has(file)) compressed.set(file, zlib.gzipSync(body, { level: 9 }));
        Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
        body = compressed.get(file);
      }
      res.writeHead(200, headers);
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  return { base, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * For a test file: serves dist/ and starts Chromium before its tests, stops both after them.
 * The returned object gets `base` (the app's address), `server` and `browser`.
 */
export function startAppAndBrowser() {
  const app = {};
  before(async () => {
    app.server = await serveDist();
    app.base = app.server.base;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A tablet (1024×768 landscape by default) with touch. Every request is checked: anything that
 * is not from `base` is blocked and recorded in `offsite`, and the test asserts it stays empty.
 */
export async function tabletPage(browser, base, { width = 1024, height = 768 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const origin = new URL(base).origin;
  const offsite = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { context, page, offsite, errors };
}

/** Waits until the app has mounted and read storage. */
export async function openApp(page, base) {
  await page.goto(base);
  await page.locator('main#main').waitFor();
  await page.locator('.home-page .lead, .dossier-page').first().waitFor();
}

/** axe-core with the WCAG 2.x A and AA rules; fails with the rule ids and the nodes they hit. */
export async function assertAccessible(page, label) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

/** Every interactive element on screen is at least 44×44 CSS px. */
export async function assertTouchTargets(page, label) {
  const small = await page.evaluate(() => {
    const out = [];
    for (const control of document.querySelectorAll('button, a[href], select, input, textarea, [role="button"]')) {
      // A control inside its label is touched through the label.
      const el = control.closest('label') || control;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered
      if (el.classList.contains('skip-link')) continue;
      if (r.width < 44 || r.height < 44)
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  });
  assert.deepEqual(small, [], `touch targets under 44 px on ${label}`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * The messages of a language, read from its Fluent files with the same rules as the app (no
 * isolation marks), so tests never hard-code translations: `t(id, args)` gives the text, plural
 * and other variants chosen by `args`. An unknown id throws, so a renamed message fails loudly.
 * Numbers are written as the app's Rust Fluent writes them: ASCII digits, no grouping.
 */
export function messages(lang) {
  const dir = path.join(ROOT, 'src/i18n/locales', lang);
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const errors = bundle.addResource(new FluentResource(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (errors.length) throw new Error(`${lang}/${file}: ${errors.join('; ')}`);
  }
  return (id, args = {}) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`${lang}: no message ${id}`);
    const errors = [];
    const values = Object.fromEntries(
      Object.entries(args).map(([name, value]) => [
        name,
        typeof value === 'number' ? new FluentNumber(value, { useGrouping: false, numberingSystem: 'latn' }) : value,
      ]),
    );
    const text = bundle.formatPattern(message.value, values, errors);
    if (errors.length) throw new Error(`${lang}: ${id}: ${errors.join('; ')}`);
    return text;
  };
}

/** The Dutch messages: Dutch is the app's first language and the one most tests work in. */
export const nl = messages('nl');

/** A regular expression for a text at the start of an accessible name (`getByRole(..., { name })`). */
export const startingWith = (text) => new RegExp(`^${escapeRegExp(text)}`);

/** A date as the app writes it in full (date-long with the month's name), e.g. "1 oktober 2024". */
export const longDate = (t, year, month, day) => t('date-long', { day, month: t(`month-${month}`), year });

/** axe and the 44 px touch targets on the same screen. */
export async function checkScreen(page, label) {
  await assertAccessible(page, label);
  await assertTouchTargets(page, label);
}

/** From the home screen: types the client's name, creates the dossier and waits until it is open. */
export async function createDossier(page, name, t = nl) {
  await page.getByLabel(t('new-dossier-name-label')).fill(name);
  await page.getByRole('button', { name: t('new-dossier-button') }).tap();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The card of a dossier on the home screen. */
export const dossierCard = (page, name) => page.locator('.dossier-card', { hasText: name });

/** Opens a dossier from its card on the home screen. */
export async function openDossier(page, name, t = nl) {
  await dossierCard(page, name)
    .getByRole('button', { name: t('open-button') })
    .tap();
}

/**
 * Reloads, and goes home as a user would (the brand button) where the reload brought the page back
 * to a dossier's screen: a reload keeps the screen of the address, and a locked or unknown
 * dossier's address leads home by itself.
 */
export async function reloadToHome(page) {
  await page.reload();
  await page.waitForFunction(
    () =>
      document.querySelector('.dossier-page') ||
      (document.querySelector('.home-page .lead') && ['', '#/'].includes(location.hash)),
  );
  if ((await page.locator('.dossier-page').count()) > 0) {
    await page.locator('header .brand').tap();
  }
  await page.locator('.home-page .lead').waitFor();
}

/** Opens the example dossier from the home screen (Dutch screen) and waits until it is open. */
export async function openExample(page) {
  await page.getByRole('button', { name: nl('plan-example-button') }).tap();
  await page.getByRole('heading', { level: 1, name: 'Voorbeeld: Samira' }).waitFor();
}

/** Switches the open dossier to a view: overview, self-check, ladder, plan, sign or print. */
export async function openView(page, view) {
  await page.locator(`#view-${view}`).tap();
}

/** Goes to a step of the plan (basics, topics, goals, actions, ...) and waits until it is the current one. */
export async function planStep(page, slug) {
  await page.locator(`#plan-step-${slug}`).tap();
  await page.locator(`#plan-step-${slug}[aria-current="step"]`).waitFor();
}

/** Opens the self-check view of the open dossier and starts a new self-check. */
export async function startSelfCheck(page, t = nl) {
  await openView(page, 'self-check');
  await page.getByRole('button', { name: t('self-check-start') }).tap();
}

/** One of the client's answer buttons in the self-check, by its exact text. */
export const answerButton = (page, text) =>
  page.locator('.self-check-answers').getByRole('button', { name: text, exact: true });

/** A text for use inside a regular expression, matched as it is. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A message as a regular expression, for texts with a figure the test cannot know (a column, a
 * time): arguments given as a RegExp match that pattern, the rest of the message matches as is.
 */
export function messagePattern(t, id, args = {}) {
  const holes = [];
  const values = Object.fromEntries(
    Object.entries(args).map(([name, value]) => {
      if (!(value instanceof RegExp)) return [name, value];
      holes.push(value.source);
      return [name, `⟦${holes.length - 1}⟧`];
    }),
  );
  const source = escapeRegExp(t(id, values)).replace(/⟦(\d+)⟧/g, (_, i) => `(?:${holes[Number(i)]})`);
  return new RegExp(source);
}

/** The fixed parts of a message around one argument: for a text of which a test knows only a part. */
export const messageParts = (t, id, arg, args = {}) => t(id, { ...args, [arg]: '\u0001' }).split('\u0001');

/**
 * Every record the app stored in IndexedDB (database `trede`, store `records`), as
 * `{ key: text }`. Creates nothing the app would not: a fresh database gets the same store.
 */
export function storedRecords(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('trede', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const out = {};
          const req = db.transaction('records').objectStore('records').openCursor();
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const cursor = req.result;
            if (!cursor) {
              db.close();
              resolve(out);
              return;
            }
            out[cursor.key] = cursor.value;
            cursor.continue();
          };
        };
      }),
  );
}

/** The stored dossier records' texts. */
export const storedDossierTexts = async (page) =>
  Object.entries(await storedRecords(page))
    .filter(([k]) => k.startsWith('trede.dossier.'))
    .map(([, v]) => v);

/** Waits until the app says everything is committed to storage. */
export const waitSaved = (page) => page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 20000 });

/** From the worker's overview: the client's language and the simplified view. */
export async function setClient(page, lang, simplified) {
  await openView(page, 'overview');
  await page.locator('#client-lang').selectOption(lang);
  const toggle = page.getByLabel(nl('easy-toggle'));
  if (simplified !== (await toggle.isChecked())) await toggle.setChecked(simplified);
}
