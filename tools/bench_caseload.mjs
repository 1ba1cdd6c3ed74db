// Bench part "caseload" (issue #15): a device with 300 realistic dossiers (built by
// `cargo run --example caseload`, through the domain's edits). Open (navigation until every card
// is listed), list (back from a dossier until every card is listed again) and save (a new
// dossier until it is stored, with the longest main-thread task meanwhile: a visible pause).
// With `--before=<dist of the localStorage version>` the same figures for it, side by side.

import { execFileSync } from 'node:child_process';
import { serveDist } from '../tests/e2e/support.mjs';

const ms = (n) => (n == null ? 'n/a' : `${Math.round(n)} ms`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function caseloadRecords(root, n) {
  const json = execFileSync('cargo', ['run', '--quiet', '--example', 'caseload', String(n)], {
    cwd: root,
    maxBuffer: 256 << 20,
    encoding: 'utf8',
  });
  return JSON.parse(json).map((d) => [`trede.dossier.${d.id}`, JSON.stringify(d)]);
}

function longTasks() {
  window.__benchLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLong.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Seeds the records: into IndexedDB, or as many as fit into localStorage. Returns how many. */
export async function seed(page, records, indexedDb) {
  return page.evaluate(
    ({ records, indexedDb }) =>
      indexedDb
        ? new Promise((resolve, reject) => {
            const open = indexedDB.open('trede', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('records');
            open.onsuccess = () => {
              const tx = open.result.transaction('records', 'readwrite');
              for (const [k, v] of records) tx.objectStore('records').put(v, k);
              tx.oncomplete = () => {
                open.result.close();
                resolve(records.length);
              };
              tx.onerror = () => reject(tx.error);
            };
          })
        : records.filter(([k, v]) => {
            try {
              localStorage.setItem(k, v);
              return true;
            } catch {
              return false;
            }
          }).length,
    { records, indexedDb },
  );
}

const allListed = (page, n) =>
  page
    .waitForFunction((n) => document.querySelectorAll('.dossier-card').length >= n && performance.now(), n, {
      polling: 'raf',
      timeout: 120_000,
    })
    .then((h) => h.jsonValue());

async function measure(browser, base, records, indexedDb) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
  await context.addInitScript(longTasks);
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('.home-page').waitFor();
  const n = await seed(page, records, indexedDb);
  const open = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    open.push(await allListed(page, n));
  }
  const list = [];
  for (let i = 0; i < 3; i++) {
    await page
      .locator('.dossier-card .button-primary')
      .nth(i * 7)
      .click();
    await page.locator('.dossier-page h1').waitFor();
    list.push(
      await page.evaluate(
        (n) =>
          new Promise((resolve) => {
            const t0 = performance.now();
            document.querySelector('.brand').click();
            const check = () =>
              document.querySelectorAll('.dossier-card').length >= n
                ? resolve(performance.now() - t0)
                : requestAnimationFrame(check);
            check();
          }),
        n,
      ),
    );
  }
  // Search: a part of a client's name typed into the search field, until the list is filtered.
  const search = [];
  const pause = [];
  for (let i = 0; i < 3; i++) {
    const query = JSON.parse(records[i * 37][1]).client_name.slice(0, 4);
    const [took, longest] = await page.evaluate(
      ({ query, n }) =>
        new Promise((resolve) => {
          window.__benchLong = [];
          const field = document.querySelector('#home-search');
          if (!field) return resolve([null, 0]);
          const t0 = performance.now();
          field.value = query;
          field.dispatchEvent(new InputEvent('input', { bubbles: true }));
          const check = () =>
            document.querySelectorAll('.dossier-card').length < n
              ? resolve([performance.now() - t0, Math.max(0, ...window.__benchLong)])
              : requestAnimationFrame(check);
          check();
        }),
      { query, n },
    );
    if (took == null) break;
    search.push(took);
    pause.push(longest);
    await page.locator('#home-search').fill('');
    await allListed(page, n);
  }
  const save = [];
  for (let i = 0; i < 3; i++) {
    const name = `Bench ${i} ${Date.now()}`;
    await page.evaluate(() => {
      window.__benchLong = [];
    });
    await page.locator('.new-dossier input').fill(name);
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('.new-dossier button[type="submit"]').click();
    await page.waitForFunction(
      ({ name, indexedDb }) =>
        indexedDb
          ? document.querySelector('.save-status[data-state="saving"]') == null &&
            document.querySelector('h1')?.textContent === name
          : Object.values(localStorage).some((v) => v.includes(name)),
      { name, indexedDb },
      { polling: 'raf', timeout: 60_000 },
    );
    save.push((await page.evaluate(() => performance.now())) - t0);
    pause.push(await page.evaluate(() => Math.max(0, ...window.__benchLong)));
    await page.locator('.brand').click();
    await page.locator('.home-page').waitFor();
  }
  await context.close();
  return {
    n,
    open: median(open),
    list: median(list),
    search: search.length ? median(search) : null,
    save: median(save),
    pause: Math.max(...pause),
  };
}

export async function caseloadBench(browser, dist, before, { root, say, note, count = 300 }) {
  note(`building ${count} caseload dossiers (cargo run --example caseload)`);
  const records = caseloadRecords(root, count);
  const mb = records.reduce((s, [, v]) => s + v.length, 0) / 1048576;
  say(`== Caseload: ${count} dossiers of a year each (${mb.toFixed(1)} MB of JSON), unthrottled`);
  const rows = [];
  if (before) {
    const server = await serveDist(before, { gzip: true });
    try {
      note('the localStorage version');
      rows.push(['localStorage (before)', await measure(browser, server.base, records, false)]);
    } finally {
      await server.close();
    }
  }
  const server = await serveDist(dist, { gzip: true });
  try {
    note('the IndexedDB version');
    rows.push(['IndexedDB (now)', await measure(browser, server.base, records, true)]);
  } finally {
    await server.close();
  }
  say(
    '   storage                 stored   open (all listed)   list (back home)   search (list filtered)   save (stored, debounce 400 ms incl.)   longest task (search, save)',
  );
  for (const [label, r] of rows)
    say(
      `   ${label.padEnd(22)} ${String(r.n).padStart(4)}/${count}   ${ms(r.open).padStart(10)}          ${ms(r.list).padStart(8)}          ${ms(r.search).padStart(8)}                ${ms(r.save).padStart(8)}                               ${ms(r.pause)}`,
    );
  say();
  return rows;
}
