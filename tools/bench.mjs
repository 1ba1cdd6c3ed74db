// Trede's benchmark (issue #9, "Fast on a cheap tablet"): sizes, start-up, input latency, print
// preparation, memory and Lighthouse, each next to its target. It only prints figures: it is not
// a test and exits 0 even when a target is missed (the size gate in tests/e2e/size.test.mjs is
// the test). Run through tools/bench.sh, which builds the release and installs Lighthouse.
// Usage: node tools/bench.mjs dist [--only=sizes,startup,latency,print,memory,caseload,lighthouse]
//   [--before=<dist of an earlier build>] (caseload: its figures side by side)
//   [--among=N] (latency: the large dossier among N caseload dossiers on the device)
//   [--rounds=N] (latency: the app, the empty page and the app's page with the app not told,
//   measured N times in turn and pooled; 3 by default)

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { launch, serveDist } from '../tests/e2e/support.mjs';
import { caseloadBench, caseloadRecords, seed } from './bench_caseload.mjs';
import { formatSizes, kb, measureSizes } from './sizes.mjs';

// ---- Selectors of the screens the bench drives (the print preview is the dossier's print view).
/** The first interactive screen: the home screen's "create dossier" button, enabled. */
const READY = '.home-page .new-dossier button[type="submit"]';
/** The button (or link) that opens the print preview, by accessible name. */
const PRINT_ENTRY = /Afdrukken|Print/i;
/** The print preview's root element. */
const PRINT_VIEW = '.print-preview .print-doc';

// ---- Targets from issue #9.
const TARGET = { firstVisitKB: 250, coldStartMs: 1000, baselineRatio: 2, p95Ms: 16, printMs: 1000, heapMB: 30 };
const LOADS = 10;
const SLOWDOWN = 4;
const LARGE_ID = 'bench-large';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) || path.join(ROOT, 'dist'));
/** Parts to run (all by default): handy while working on one of them. */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (part) => !ONLY || ONLY.includes(part);
/** The localStorage version's dist, for the caseload figures side by side (`--before=<dist>`). */
const BEFORE = process.argv.find((a) => a.startsWith('--before='))?.slice(9);
/** Latency with this many other dossiers on the device (`--among=300`), none by default. */
const AMONG = Number(process.argv.find((a) => a.startsWith('--among='))?.slice(8) ?? 0);
/** Latency rounds: one run of 40 taps swings by 5-10 ms at p95 between runs on this machine, so
 * the app and its floors are measured in turn this many times and their samples pooled. */
const ROUNDS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

// ---- Small helpers.
const mark = (ok) => (ok ? '✓' : '✗');
const ms = (n) => (n == null ? 'n/a' : `${Math.round(n)} ms`);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const pct = (xs, p) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const say = (line = '') => console.log(line);
const note = (line) => process.stderr.write(`  … ${line}\n`);

async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

// ---- In-page probes (init scripts run before any of the page's own scripts).

/** Records when READY is in the DOM and enabled, relative to navigation start (performance.now). */
function readyProbe(selector) {
  const check = () => {
    if (window.__benchReady != null) return;
    const el = document.querySelector(selector);
    if (el && !el.disabled) {
      window.__benchReady = performance.now();
      window.__benchControlled = !!navigator.serviceWorker?.controller;
      observer.disconnect();
      // Tell the bench over the DevTools protocol: polling from outside would run Playwright's
      // injected script in the page while it starts, and slow down what is measured.
      console.info('trede-bench-ready');
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  // A static page may be parsed before an observer callback ever runs.
  addEventListener('DOMContentLoaded', check);
  // Trunk's loader fires this once the wasm module is instantiated and its start function ran.
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__benchStarted = performance.now();
    window.__benchWasm = e.detail?.wasm;
  });
}

/**
 * Input latency: from an event's timeStamp to the end of the work it triggers. Yew renders from
 * a microtask, so a timeout queued from a microtask runs after that render is done. Only events
 * on elements matching window.__benchWatch are recorded.
 */
function latencyProbe() {
  window.__benchLatencies = [];
  for (const type of ['input', 'click']) {
    addEventListener(
      type,
      (e) => {
        const watch = window.__benchWatch;
        if (!watch || !(e.target instanceof Element) || !e.target.closest(watch)) return;
        const start = e.timeStamp;
        queueMicrotask(() => setTimeout(() => window.__benchLatencies.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  }
}

/** Puts the large dossier in storage before the app reads it; window.print does nothing. */
function seedProbe({ key, json }) {
  if (location.protocol !== 'http:') return; // about:blank has no storage
  localStorage.setItem(key, json);
  localStorage.setItem('trede.ui-lang', 'nl');
  window.__benchPrints = 0;
  window.print = () => {
    window.__benchPrints += 1;
  };
}

// ---- 1. Sizes.
function sizes() {
  const m = measureSizes(DIST);
  say('== 1. Download size (gzip -9; fonts and on-demand translations apart)');
  for (const line of formatSizes(m)) say(`   ${line}`);
  const ok = m.firstVisitGzip <= TARGET.firstVisitKB * 1024;
  say(`   first visit without fonts: ${kb(m.firstVisitGzip)}   target ≤ ${TARGET.firstVisitKB} KB ${mark(ok)}`);
  // Where the wasm's bytes go, by crate, from the name section of the wasm cargo wrote (before
  // wasm-bindgen and wasm-opt, which drop the names): tools/wasm-split.mjs, no tool to install.
  const named = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown/release/trede.wasm');
  if (fs.existsSync(named)) {
    const split = execFileSync(
      process.execPath,
      [path.join(path.dirname(fileURLToPath(import.meta.url)), 'wasm-split.mjs'), named, '--top', '15'],
      {
        encoding: 'utf8',
      },
    );
    say('   wasm split before wasm-opt (node tools/wasm-split.mjs <wasm> --top N for more):');
    for (const line of split.trimEnd().split('\n')) say(`   ${line}`);
  } else say(`   (no ${named}: the wasm split needs the release build's named wasm)`);
  say();
  return m;
}

// ---- 2. Start-up.

/** A static page of about `gzipBytes` gzip: varied text (so it compresses like real text) and, last, a button. */
function writeBaseline(dir, gzipBytes) {
  const syllables = [
    'ka',
    'lo',
    'me',
    'tri',
    'de',
    'van',
    'sto',
    'ur',
    'pe',
    'lin',
    'gro',
    'ba',
    'zi',
    'on',
    'wer',
    'ste',
    'mo',
    'ki',
    'ap',
    'sel',
    'nu',
    'hei',
    'gaat',
    'rop',
  ];
  let seed = 0x9e3779b9;
  const rnd = (n) => {
    // xorshift32: the same page every run
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const word = () => Array.from({ length: 1 + rnd(3) }, () => syllables[rnd(syllables.length)]).join('');
  const paragraph = () => `<p>${Array.from({ length: 40 + rnd(40) }, word).join(' ')}.</p>`;
  const page = (
    paras,
  ) => `<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Baseline</title><main id="main"><h1>Baseline</h1>\n${paras.join('\n')}\n<button type="button" id="ready">Dossier aanmaken</button></main></html>\n`;
  const gz = (paras) => zlib.gzipSync(page(paras), { level: 9 }).length;
  const paras = [];
  while (gz(paras) < gzipBytes) for (let i = 0; i < 500; i++) paras.push(paragraph());
  // The fewest paragraphs that reach the target.
  let [lo, hi] = [0, paras.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (gz(paras.slice(0, mid)) >= gzipBytes) hi = mid;
    else lo = mid + 1;
  }
  const html = page(paras.slice(0, lo));
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  return { raw: Buffer.byteLength(html), gzip: zlib.gzipSync(html, { level: 9 }).length };
}

async function measureLoad(page, url, rate, reload = false) {
  const cdp = await throttle(page, rate);
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'trede-bench-ready', timeout: 60_000 });
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await ready;
  const result = await page.evaluate(() => ({
    ready: window.__benchReady,
    started: window.__benchStarted ?? null,
    controlled: window.__benchControlled,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd ?? null,
  }));
  await cdp.detach();
  return result;
}

async function coldLoads(browser, url, readySelector, rate) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    // A fresh context: empty storage and HTTP cache, no service worker.
    const context = await browser.newContext({ ...TABLET, serviceWorkers: 'block' });
    await context.addInitScript(readyProbe, readySelector);
    const page = await context.newPage();
    runs.push(await measureLoad(page, url, rate));
    await context.close();
  }
  return runs;
}

async function warmLoads(browser, url, rate) {
  const context = await browser.newContext(TABLET);
  await context.addInitScript(readyProbe, READY);
  const page = await context.newPage();
  await page.goto(url);
  // The first visit installs the service worker; it claims the page once it is active.
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller,
    null,
    { timeout: 60_000 },
  );
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await measureLoad(page, url, rate, true));
  await context.close();
  return runs;
}

const summary = (runs) => ({ median: median(runs.map((r) => r.ready)), worst: Math.max(...runs.map((r) => r.ready)) });

/**
 * The app's home screen as a static page: its DOM once ready and its CSS, without any script.
 * What a user could have had at best; the app's cold start is compared with it.
 */
async function writeHomeSnapshot(browser, base, dir) {
  const context = await browser.newContext({ ...TABLET, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction((s) => document.querySelector(s) && !document.querySelector(s).disabled, READY);
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    for (const el of root.querySelectorAll('script, link, meta[http-equiv], meta[name="trede-locales"]')) el.remove();
    return root.outerHTML;
  });
  await context.close();
  const css = fs.readdirSync(DIST).filter((f) => f.endsWith('.css'));
  for (const f of css) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
  fs.cpSync(path.join(DIST, 'fonts'), path.join(dir, 'fonts'), { recursive: true });
  const links = css.map((f) => `<link rel="stylesheet" href="${f}">`).join('');
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>\n${html.replace('</head>', `${links}</head>`)}`);
}

/**
 * A page that only downloads and compiles the app's wasm (preloaded and compiled while it streams
 * in, as the app does) and is then "ready": no instantiation, no start, no screen. What any start
 * with this wasm pays at least.
 */
function writeCompileOnly(dir) {
  const wasm = fs.readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  fs.copyFileSync(path.join(DIST, wasm), path.join(dir, 'app.wasm'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    // Fetched as early as the app fetches its own (Trunk preloads it from the page's head).
    '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Compile</title><script type="module" src="compile.js"></script><link rel="preload" as="fetch" crossorigin href="app.wasm" type="application/wasm"></html>\n',
  );
  fs.writeFileSync(
    path.join(dir, 'compile.js'),
    `await WebAssembly.compileStreaming(fetch('app.wasm'));
const ready = document.createElement('span');
ready.id = 'ready';
document.body.append(ready);\n`,
  );
}

async function startup(browser, server, firstVisitGzip) {
  say(
    `== 2. Start-up: navigation to "create dossier" enabled, CPU ${SLOWDOWN}x slower, ${LOADS} loads each (loopback, gzip, no network throttling)`,
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-baseline-'));
  const base = writeBaseline(tmp, firstVisitGzip);
  const baselineServer = await serveDist(tmp, { gzip: true });
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-home-'));
  await writeHomeSnapshot(browser, server.base, homeDir);
  const homeServer = await serveDist(homeDir, { gzip: true });
  const compileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-compile-'));
  writeCompileOnly(compileDir);
  const compileServer = await serveDist(compileDir, { gzip: true });
  try {
    note('cold loads of the app');
    const cold = await coldLoads(browser, server.base, READY, SLOWDOWN);
    note('warm loads of the app (service worker)');
    const warm = await warmLoads(browser, server.base, SLOWDOWN);
    note('cold loads of the static baseline');
    const baseline = await coldLoads(browser, baselineServer.base, '#ready', SLOWDOWN);
    note('cold loads of the static home screen');
    const home = await coldLoads(browser, homeServer.base, READY, SLOWDOWN);
    note('cold loads of a page that only downloads and compiles the wasm');
    const compileOnly = await coldLoads(browser, compileServer.base, '#ready', SLOWDOWN);
    note('cold loads of the app, unthrottled');
    const coldFast = await coldLoads(browser, server.base, READY, 1);
    const [c, w, b, f, h] = [cold, warm, baseline, coldFast, home].map(summary);
    const ratio = c.median / h.median;
    say(
      `   cold (4x)            median ${ms(c.median).padStart(8)}   worst ${ms(c.worst).padStart(8)}   target ≤ ${TARGET.coldStartMs} ms ${mark(c.median <= TARGET.coldStartMs)} (worst ${mark(c.worst <= TARGET.coldStartMs)})`,
    );
    say(
      `   warm (4x, SW)        median ${ms(w.median).padStart(8)}   worst ${ms(w.worst).padStart(8)}   (${warm.filter((r) => r.controlled).length}/${LOADS} loads controlled by the service worker)`,
    );
    say(`   cold (unthrottled)   median ${ms(f.median).padStart(8)}   worst ${ms(f.worst).padStart(8)}`);
    say(
      `   same bytes, static   median ${ms(b.median).padStart(8)}   worst ${ms(b.worst).padStart(8)}   (one HTML page of ${kb(base.gzip)} gzip, ${kb(base.raw)} raw; app / it ${(c.median / b.median).toFixed(2)}x)`,
    );
    say(
      `   home screen, static  median ${ms(h.median).padStart(8)}   worst ${ms(h.worst).padStart(8)}   (the app's home screen saved as HTML and CSS, no script)`,
    );
    say(
      `   app / static home    ${ratio.toFixed(2)}x   target ≤ ${TARGET.baselineRatio}x ${mark(ratio <= TARGET.baselineRatio)}`,
    );
    const k = summary(compileOnly);
    say(
      `   wasm compile alone   median ${ms(k.median).padStart(8)}   worst ${ms(k.worst).padStart(8)}   (download and compile the app's wasm, nothing else: ${(k.median / h.median).toFixed(2)}x the static home)`,
    );
    // Where the cold start goes: wasm downloaded, wasm instantiated and started, first screen.
    const wasmAt = median(cold.map((r) => r.wasm).filter((x) => x != null));
    const startedAt = median(cold.map((r) => r.started).filter((x) => x != null));
    say(
      `   cold (4x) breakdown, medians: wasm response end ${ms(wasmAt)}, Trunk "application started" ${ms(startedAt)}, first screen ${ms(c.median)}`,
    );
    say();
    return { cold: c, warm: w, baseline: b, ratio };
  } finally {
    await baselineServer.close();
    await homeServer.close();
    await compileServer.close();
    fs.rmSync(compileDir, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(homeDir, { recursive: true, force: true });
  }
}

// ---- 3-5. On the large dossier.

function largeDossierJson() {
  // The fixture is plain Rust (src/domain/fixtures.rs), printed by an example.
  const json = execFileSync('cargo', ['run', '--quiet', '--example', 'large_dossier'], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
    encoding: 'utf8',
  }).trim();
  const d = JSON.parse(json);
  if (d.id !== LARGE_ID) throw new Error(`the large dossier's id is ${d.id}, expected ${LARGE_ID}`);
  return { json, d };
}

/** A tablet page with the large dossier in storage and the probes installed, opened on that dossier. */
async function openLarge(browser, base, json, others = []) {
  const context = await browser.newContext({ ...TABLET, serviceWorkers: 'block' });
  await context.addInitScript(seedProbe, { key: `trede.dossier.${LARGE_ID}`, json });
  await context.addInitScript(latencyProbe);
  await context.addInitScript(readyProbe, READY);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(base);
  if (others.length) {
    // The other dossiers go straight into IndexedDB, where the app keeps them; then a start.
    await page.locator('.home-page').waitFor();
    await seed(page, others, true);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('.dossier-card').length > n, others.length, {
      timeout: 120_000,
    });
  }
  const card = page.locator(`.dossier-card[data-dossier="${LARGE_ID}"]`);
  await card.locator('.button-primary').tap();
  await page.locator('.dossier-page h1').waitFor();
  return { context, page, errors };
}

/** Runs `act` with latency recording for events on `watch`; returns the recorded latencies. */
async function recordLatencies(page, watch, act) {
  await page.evaluate((w) => {
    window.__benchLatencies = [];
    window.__benchWatch = w;
  }, watch);
  await act();
  await page.waitForTimeout(300); // let the last timeout land
  return page.evaluate(() => {
    window.__benchWatch = null;
    return window.__benchLatencies;
  });
}

const TYPED = ' met een stage in de zorg, twee dagen per week, vanaf september';
const ANSWERS = ['good', 'hard', 'big', 'private'];
const TAPS = 40;

/** The two inputs measured: how to get there in the app, and the input itself. */
const SCENARIOS = [
  {
    name: 'typing a goal title',
    watch: '[id^="plan-goal-title-"]',
    expected: TYPED.length,
    /** Issue #17: one frame at 4x slowdown, half of one unthrottled. */
    target: (rate, p95) => {
      const limit = rate === 1 ? 8 : 16;
      return { ok: p95 <= limit, text: `target p95 ≤ ${limit} ms` };
    },
    async reach(page) {
      await page.locator('#view-plan').tap();
      await page.locator('#plan-step-goals').tap();
      await page.locator('#plan-step-goals[aria-current="step"]').waitFor();
    },
    async act(page, record) {
      await page.locator(this.watch).nth(20).or(page.locator(this.watch).first()).first().tap();
      await page.keyboard.press('End');
      await page.keyboard.type(' warm', { delay: 50 }); // warm-up, not recorded
      return record(() => page.keyboard.type(TYPED, { delay: 100 }));
    },
  },
  {
    name: 'answering the self-check',
    watch: '.self-check-answer',
    expected: TAPS,
    /** Issue #17: a tap costs no more than on an almost empty page (the browser's own tap path). */
    target: (_rate, p95, floorP95) => ({ ok: p95 - floorP95 <= 2, text: 'target p95 within 2 ms of the empty page' }),
    async reach(page) {
      await page.locator('#view-self-check').tap();
      await page.locator('.self-check-start').tap(); // a new check opens in client mode
      await page.locator('.self-check-answers').waitFor();
    },
    act: (page, record) =>
      record(async () => {
        for (let i = 0; i < TAPS; i++) {
          // Four different answers to a question, then on to the next one (that tap is not recorded).
          const slug = ANSWERS[i % ANSWERS.length];
          await page.locator(`.self-check-answers .self-check-answer-${slug}`).tap();
          await page.locator(`.self-check-answers .self-check-answer-${slug}[aria-pressed="true"]`).waitFor();
          if (i % ANSWERS.length === ANSWERS.length - 1)
            await page.locator('.self-check-client-nav .button-primary').tap();
          await page.waitForTimeout(100);
        }
      }),
  },
];

/**
 * An almost empty page with the same controls (a text field, answer buttons that toggle
 * aria-pressed, a "next" button): the same probe and input on it give the floor that the
 * browser's input path and frame timing add whatever the app does.
 */
function writeFloorPage(dir) {
  const answers = ANSWERS.map(
    (a) => `<button type="button" class="self-check-answer self-check-answer-${a}" aria-pressed="false">${a}</button>`,
  ).join('');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Floor</title>
<style>button { min-width: 120px; min-height: 64px; margin: 8px; } input { font-size: 20px; width: 600px; }</style>
<main><input type="text" id="plan-goal-title-1" value="Doel"><div class="self-check-answers">${answers}</div>
<div class="self-check-client-nav"><button type="button" class="button-primary">Volgende</button></div></main>
<script src="floor.js"></script></html>\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'floor.js'),
    `document.querySelector('.self-check-answers').addEventListener('click', (e) => {
  for (const b of document.querySelectorAll('.self-check-answer')) b.setAttribute('aria-pressed', String(b === e.target.closest('.self-check-answer')));
});\n`,
  );
}

/**
 * On the app's own page, once the screen is reached: the measured input no longer reaches the app
 * (a capture listener on window, after the probe's, stops it), and a tapped answer is marked as
 * on the empty page. What is left is the browser's own work for this page's DOM: its floor.
 */
function stopApp(watch) {
  for (const type of ['input', 'click']) {
    addEventListener(
      type,
      (e) => {
        if (!(e.target instanceof Element) || !e.target.closest(`${watch}, .self-check-client-nav`)) return;
        const answer = e.target.closest('.self-check-answer');
        if (answer)
          for (const b of document.querySelectorAll('.self-check-answers .self-check-answer'))
            b.setAttribute('aria-pressed', String(b === answer));
        e.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}

/** Runs one scenario at one CPU rate on the page `open` gives; returns the latencies. With
 * `stopped`, the app does not get the measured input (`stopApp`). */
async function latencyRun(open, scenario, rate, stopped = false) {
  const { context, page, errors } = await open();
  await scenario.reach(page);
  if (stopped) await page.evaluate(stopApp, scenario.watch);
  const cdp = await throttle(page, rate);
  const latencies = await scenario.act(page, (act) => recordLatencies(page, scenario.watch, act));
  await cdp.detach();
  await context.close();
  return { latencies, errors };
}

async function inputLatency(browser, server, json) {
  const others = AMONG ? caseloadRecords(ROOT, AMONG) : [];
  say(
    `== 3. Input latency on the large dossier${AMONG ? `, among ${AMONG} other dossiers` : ''} (event timeStamp to the end of the work it triggers; p50, p95, max)`,
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trede-floor-'));
  writeFloorPage(tmp);
  const floorServer = await serveDist(tmp, { gzip: true });
  const openFloor = async () => {
    const context = await browser.newContext({ ...TABLET, serviceWorkers: 'block' });
    await context.addInitScript(latencyProbe);
    const page = await context.newPage();
    await page.goto(floorServer.base);
    return { context, page, errors: [] };
  };
  const stats = (xs) =>
    `p50 ${ms(pct(xs, 50)).padStart(6)}  p95 ${ms(pct(xs, 95)).padStart(6)}  max ${ms(Math.max(...xs)).padStart(6)}`;
  const results = {};
  try {
    for (const scenario of SCENARIOS) {
      for (const rate of [1, SLOWDOWN]) {
        note(`${scenario.name}, CPU ${rate}x, ${ROUNDS} round(s)`);
        const app = { latencies: [], errors: [], p95s: [] };
        const floor = { latencies: [], p95s: [] };
        const page = { latencies: [], p95s: [] };
        const openApp = () => openLarge(browser, server.base, json, others);
        const add = (to, run) => {
          to.latencies.push(...run.latencies);
          if (run.latencies.length) to.p95s.push(pct(run.latencies, 95));
        };
        for (let round = 0; round < ROUNDS; round++) {
          const a = await latencyRun(openApp, scenario, rate);
          add(app, a);
          app.errors.push(...a.errors);
          add(floor, await latencyRun(openFloor, { ...scenario, reach: async () => {} }, rate));
          add(page, await latencyRun(openApp, scenario, rate, true));
        }
        const label = `${scenario.name} (${rate === 1 ? 'unthrottled' : `${rate}x slower`})`.padEnd(40);
        if (app.latencies.length === 0) {
          say(`   ${label} no events recorded ${app.errors.join('; ')}`);
          continue;
        }
        const p95 = pct(app.latencies, 95);
        const floorP95 = floor.latencies.length ? pct(floor.latencies, 95) : 0;
        const target = scenario.target(rate, p95, floorP95);
        results[`${scenario.name} ${rate}`] = {
          p95,
          floorP95,
          ok: target.ok,
          label: label.trim(),
          target: target.text,
        };
        say(
          `   ${label} ${stats(app.latencies)}  (n=${app.latencies.length}/${scenario.expected * ROUNDS})  ${target.text} ${mark(target.ok)}`,
        );
        if (floor.latencies.length) say(`   ${'  same input on an empty page'.padEnd(40)} ${stats(floor.latencies)}`);
        if (page.latencies.length)
          say(`   ${"  the app's page, the app not told".padEnd(40)} ${stats(page.latencies)}`);
        const each = (xs) => xs.map((x) => ms(x).trim()).join(', ');
        if (ROUNDS > 1)
          say(
            `   ${'  p95 of each round'.padEnd(40)} app ${each(app.p95s)}; empty page ${each(floor.p95s)}; app's page ${each(page.p95s)}`,
          );
        if (app.errors.length) say(`      page errors: ${app.errors.join('; ')}`);
      }
    }
  } finally {
    await floorServer.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  say();
  return results;
}

async function printPreparation(browser, server, json) {
  say(
    '== 4. Print preparation on the large dossier (tap to print view in the DOM and fonts ready; window.print stubbed)',
  );
  const out = {};
  for (const rate of [1, SLOWDOWN]) {
    const { context, page } = await openLarge(browser, server.base, json);
    const label = `   ${rate === 1 ? 'unthrottled' : `CPU ${rate}x slower`}`.padEnd(24);
    // The entry is the dossier's "Afdrukken" tab (#view-print); the plan's read-through step has one too.
    const entry = () =>
      page
        .getByRole('button', { name: PRINT_ENTRY })
        .or(page.getByRole('link', { name: PRINT_ENTRY }))
        .first();
    if (!(await entry().count())) {
      await page.locator('#view-plan').tap();
      await page.locator('.plan-step-body').waitFor();
    }
    if (!(await entry().count())) {
      say('   print preparation: n/a (no print preview found)');
      await context.close();
      break;
    }
    const cdp = await throttle(page, rate);
    await entry().evaluate((el) => el.setAttribute('data-bench-print', ''));
    // Armed before the tap: the clock starts at the tap event's timeStamp.
    const done = page.evaluate(
      (view) =>
        new Promise((resolve) => {
          addEventListener(
            'click',
            (e) => {
              if (!(e.target instanceof Element) || !e.target.closest('[data-bench-print]')) return;
              const start = e.timeStamp;
              const finish = async () => {
                await document.fonts.ready;
                resolve(performance.now() - start);
              };
              if (document.querySelector(view)) {
                finish();
                return;
              }
              const observer = new MutationObserver(() => {
                if (document.querySelector(view)) {
                  observer.disconnect();
                  finish();
                }
              });
              observer.observe(document, { childList: true, subtree: true });
            },
            { capture: true, once: true },
          );
        }),
      PRINT_VIEW,
    );
    await page.waitForTimeout(50);
    await entry().tap();
    const took = await Promise.race([done, page.waitForTimeout(30_000).then(() => null)]);
    await cdp.detach();
    await context.close();
    out[rate] = took;
    say(
      `${label}${took == null ? `no ${PRINT_VIEW} within 30 s` : ms(took)}   target < ${TARGET.printMs} ms ${mark(took != null && took < TARGET.printMs)}`,
    );
  }
  say();
  return out;
}

async function memory(browser, server, json) {
  say('== 5. Memory after opening the large dossier (after a garbage collection)');
  const { context, page } = await openLarge(browser, server.base, json);
  await page.waitForTimeout(1000); // the first save after load, if any
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  // Wasm linear memory lives outside the JS heap; Trunk's start event hands over the exports.
  const wasmBytes = await page.evaluate(() => window.__benchWasm?.memory?.buffer?.byteLength ?? null);
  const stored = await page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, `trede.dossier.${LARGE_ID}`);
  await context.close();
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  say(
    `   JS heap used          ${mb(usedSize).padStart(9)}   (allocated ${mb(totalSize)})   target < ${TARGET.heapMB} MB ${mark(usedSize < TARGET.heapMB * 1024 * 1024)}`,
  );
  say(
    `   wasm linear memory    ${wasmBytes == null ? 'n/a'.padStart(9) : mb(wasmBytes).padStart(9)}   (grows only; not part of the JS heap)`,
  );
  say(`   stored dossier JSON   ${mb(stored).padStart(9)}   (${stored} characters in localStorage)`);
  say();
  return { usedSize, wasmBytes };
}

// ---- 6. Lighthouse (installed by tools/bench.sh into tools/.bench-deps; never a test dependency).
async function lighthouseScores(server) {
  say('== 6. Lighthouse (default mobile form factor, simulated throttling; system Chromium)');
  const deps = createRequire(path.join(ROOT, 'tools/.bench-deps/node_modules/'));
  let lighthouse, chromeLauncher;
  try {
    lighthouse = (await import(pathToFileURL(deps.resolve('lighthouse')))).default;
    chromeLauncher = await import(pathToFileURL(deps.resolve('chrome-launcher')));
  } catch {
    say('   n/a (Lighthouse is not installed: run tools/bench.sh)');
    say();
    return null;
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(server.base, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    say(
      `   performance ${score('performance')}   accessibility ${score('accessibility')}   best-practices ${score('best-practices')}   (Lighthouse ${result.lhr.lighthouseVersion})`,
    );
    const metric = (id) => audits[id]?.displayValue ?? 'n/a';
    say(
      `   FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, TTI ${metric('interactive')}`,
    );
    const failed = Object.values(categories)
      .flatMap((c) => c.auditRefs)
      .map((r) => audits[r.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      );
    if (failed.length) say(`   below 90: ${[...new Set(failed.map((a) => a.id))].join(', ')}`);
    // Which elements: the largest paint and what shifted (details vary between versions).
    const lcpNode = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    const shifts = (audits['layout-shifts']?.details?.items ?? []).map(
      (i) => `${i.node?.selector ?? '?'} (${(i.score ?? 0).toFixed(3)})`,
    );
    if (lcpNode) say(`   LCP element: ${lcpNode.selector} "${(lcpNode.nodeLabel ?? '').slice(0, 60)}"`);
    if (shifts.length) say(`   layout shifts: ${shifts.slice(0, 4).join(', ')}`);
    say();
    return Object.fromEntries(['performance', 'accessibility', 'best-practices'].map((id) => [id, score(id)]));
  } finally {
    await chrome.kill();
  }
}

// ---- Main.
// Compressed like any real static host, so Lighthouse's simulated network sees gzip sizes.
const server = await serveDist(DIST, { gzip: true });
const browser = await launch();
try {
  // Timings move with whatever else runs on the machine: the load average says how busy it was.
  say(
    `Trede benchmark: ${DIST}, ${new Date().toISOString()}, Chromium ${browser.version()}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  say();
  const size = measureSizes(DIST);
  if (want('sizes')) sizes();
  const start = want('startup') ? await startup(browser, server, size.firstVisitGzip) : null;
  let json,
    latency = {},
    print = {},
    mem = null;
  if (want('latency') || want('print') || want('memory')) {
    note('building the large dossier (cargo run --example large_dossier)');
    const large = largeDossierJson();
    json = large.json;
    const { d } = large;
    say(
      `(large dossier: ${d.plan.goals.length} goals, ${d.plan.actions.length} actions, ${d.plan.evaluations.length} evaluations, ${d.self_checks.length} self-checks, ${d.ladder.placements.length} placements; ${kb(json.length)} of JSON)`,
    );
    say();
  }
  if (want('latency')) latency = await inputLatency(browser, server, json);
  if (want('print')) print = await printPreparation(browser, server, json);
  if (want('memory')) mem = await memory(browser, server, json);
  if (want('caseload')) await caseloadBench(browser, DIST, BEFORE, { root: ROOT, say, note });
  await browser.close();
  // Lighthouse runs last, in a browser of its own; a failure there must not hide the rest.
  const lh = want('lighthouse')
    ? await lighthouseScores(server).catch((err) => {
        say(`   n/a (Lighthouse failed: ${err.message})`);
        say();
        return null;
      })
    : null;

  say('== Targets (issue #9)');
  const p95s = Object.values(latency);
  const worstP95 = p95s.length ? Math.max(...p95s.map((r) => r.p95)) : null;
  const worstExcess = p95s.length ? Math.max(...p95s.map((r) => r.p95 - r.floorP95)) : null;
  const printSlow = print[SLOWDOWN];
  const line = (ok, text) => say(`   ${ok == null ? '–' : mark(ok)} ${text}`);
  line(
    size.firstVisitGzip <= TARGET.firstVisitKB * 1024,
    `first visit ≤ ${TARGET.firstVisitKB} KB gzip without fonts: ${kb(size.firstVisitGzip)}`,
  );
  if (start) {
    line(
      start.cold.median <= TARGET.coldStartMs,
      `cold start ≤ ${TARGET.coldStartMs} ms at ${SLOWDOWN}x slowdown: median ${ms(start.cold.median)}, worst ${ms(start.cold.worst)}`,
    );
    line(
      start.ratio <= TARGET.baselineRatio,
      `cold start ≤ ${TARGET.baselineRatio}x the same home screen as a static page: ${start.ratio.toFixed(2)}x`,
    );
  }
  if (want('latency'))
    line(
      worstP95 != null && worstP95 <= TARGET.p95Ms,
      `p95 input latency ≤ ${TARGET.p95Ms} ms on the large dossier: worst p95 ${ms(worstP95)} (${ms(worstExcess)} above the same input on an empty page)`,
    );
  if (want('latency')) {
    say(`   issue #17, on the large dossier${AMONG ? ` among ${AMONG} others` : ''} (${ROUNDS} round(s) pooled):`);
    for (const r of p95s) line(r.ok, `  ${r.label}: p95 ${ms(r.p95)}, empty page ${ms(r.floorP95)}; ${r.target}`);
  }
  if (want('print'))
    line(
      printSlow === undefined ? null : printSlow != null && printSlow < TARGET.printMs,
      `print preparation < ${TARGET.printMs} ms: ${printSlow === undefined ? 'n/a (no print preview found)' : `${ms(printSlow)} at ${SLOWDOWN}x`}`,
    );
  if (mem)
    line(
      mem.usedSize < TARGET.heapMB * 1024 * 1024,
      `JS heap < ${TARGET.heapMB} MB after opening the large dossier: ${(mem.usedSize / 1048576).toFixed(1)} MB`,
    );
  if (lh)
    say(
      `   (Lighthouse: performance ${lh.performance}, accessibility ${lh.accessibility}, best-practices ${lh['best-practices']}; no target)`,
    );
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
