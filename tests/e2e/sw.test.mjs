// The service worker's rules, run in Node against the template with a fake worker scope (no
// browser): precaching bypasses the HTTP cache, the app's own files never fall through to the
// network once installed, and activation deletes only this app's older caches.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';

const template = fs.readFileSync(path.join(import.meta.dirname, '../../tools/sw.template.js'), 'utf8');
const SCOPE = 'https://trede.example/app/';

function worker(cacheNames) {
  const listeners = {};
  const stores = new Map(cacheNames.map((n) => [n, new Map()]));
  const fetched = [];
  const deleted = [];
  const state = { unregistered: false };
  const caches = {
    open: async (name) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name);
      return {
        addAll: async (requests) => {
          for (const r of requests) {
            fetched.push(r);
            store.set(new URL(r.url, SCOPE).href, 'body');
          }
        },
        match: async (r) => {
          const url = new URL(typeof r === 'string' ? r : r.url, SCOPE);
          return store.get(url.origin + url.pathname);
        },
      };
    },
    // Like the browser's: reading through `caches.match` never creates a cache.
    match: async (r, { cacheName }) => {
      const url = new URL(typeof r === 'string' ? r : r.url, SCOPE);
      return stores.get(cacheName)?.get(url.origin + url.pathname);
    },
    has: async (name) => stores.has(name),
    keys: async () => [...stores.keys()],
    delete: async (name) => {
      deleted.push(name);
      return stores.delete(name);
    },
  };
  class Request {
    constructor(url, init = {}) {
      this.url = new URL(url, SCOPE).href;
      this.cache = init.cache ?? 'default';
      this.method = init.method ?? 'GET';
      this.mode = init.mode ?? 'cors';
    }
  }
  class Response {
    constructor(_body, init) {
      this.status = init?.status ?? 200;
    }
  }
  const self = {
    registration: {
      scope: SCOPE,
      unregister: async () => {
        state.unregistered = true;
        return true;
      },
    },
    location: new URL(`${SCOPE}sw.js`),
    clients: { claim: async () => {} },
    addEventListener: (name, fn) => {
      listeners[name] = fn;
    },
    skipWaiting: () => {},
  };
  const fetch = async (r) => {
    fetched.push(r);
    return new Response('network');
  };
  const code = template.replace('__VERSION__', 'new').replace('__FILES__', JSON.stringify(['./', './app.wasm']));
  vm.runInNewContext(code, { self, caches, Request, Response, URL, fetch, Set });
  const run = async (name, event) => {
    let done;
    listeners[name]({ ...event, waitUntil: (p) => (done = p), respondWith: (p) => (done = p) });
    // A handler that neither waits nor responds leaves the request to the network.
    if (name === 'fetch' && done === undefined) return fetch(event.request);
    return done;
  };
  return { run, fetched, deleted, stores, fetch, state };
}

test('precaching asks the network, not the HTTP cache', async () => {
  const w = worker([]);
  await w.run('install', {});
  assert.equal(w.fetched.length, 2);
  assert.ok(w.fetched.every((r) => r.cache === 'reload'));
});

test("activation deletes only this app's older caches", async () => {
  const w = worker(['trede-old', 'trede-new', 'someone-elses', 'workbox-precache']);
  await w.run('activate', {});
  assert.deepEqual(w.deleted, ['trede-old']);
});

test("the app's own files never fall through to the network once installed", async () => {
  const w = worker([]);
  await w.run('install', {});
  w.fetched.length = 0;
  const request = { url: `${SCOPE}app.wasm`, method: 'GET', mode: 'cors' };
  assert.equal(await w.run('fetch', { request }), 'body');
  // Gone from the cache (evicted): an error, not whatever the network sends now.
  w.stores.get('trede-new').clear();
  const missing = await w.run('fetch', { request });
  assert.equal(missing.status, 504);
  assert.equal(w.fetched.length, 0, 'nothing was fetched');
});

test('a wipe deletes the offline copy and nothing brings it back', async () => {
  const w = worker(['someone-elses']);
  await w.run('install', {});
  const answers = [];
  await w.run('message', { data: 'wipe', ports: [{ postMessage: (m) => answers.push(m) }] });
  assert.deepEqual([...w.stores.keys()], ['someone-elses']);
  assert.equal(w.state.unregistered, true);
  assert.deepEqual(answers, ['wiped'], 'the page hears when it is done');
  // The page still open after the wipe asks for a file: served from the network, no cache made.
  w.fetched.length = 0;
  const request = { url: `${SCOPE}app.wasm`, method: 'GET', mode: 'cors' };
  assert.equal((await w.run('fetch', { request })).status, 200);
  assert.equal(w.fetched.length, 1);
  assert.deepEqual([...w.stores.keys()], ['someone-elses']);
});

test('a wipe during installation deletes what the installation stored', async () => {
  const w = worker([]);
  const installing = w.run('install', {});
  await w.run('message', { data: 'wipe' });
  await installing;
  assert.deepEqual([...w.stores.keys()], []);
});

test('the whole copy deleted by another tab: served from the network, no empty cache made', async () => {
  const w = worker([]);
  await w.run('install', {});
  w.stores.delete('trede-new');
  const request = { url: `${SCOPE}app.wasm`, method: 'GET', mode: 'navigate' };
  assert.equal((await w.run('fetch', { request })).status, 200);
  assert.deepEqual([...w.stores.keys()], []);
});
