// Locking a dossier with a passphrase: stored only encrypted, opened only with the passphrase,
// and locked again by itself after the chosen idle time.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertTouchTargets,
  launch,
  openApp,
  screenshot,
  serveDist,
  tabletPage,
} from './support.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const storedValues = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('trede.dossier.'))
      .map((k) => localStorage.getItem(k)),
  );

test('a locked dossier is unreadable in storage and opens with its passphrase only', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await page.clock.install();
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Zahra Ahmadi');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('button', { name: 'Vergrendelen met een wachtzin' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Vergrendelen met een wachtzin' });
  await dialog.getByText('kan niemand de gegevens nog openen').waitFor();
  await dialog.getByLabel('Wachtzin', { exact: true }).fill('olijfboom in de tuin');
  await dialog.getByLabel('Wachtzin nog eens').fill('olijfboom in de tuin');
  await dialog.getByRole('button', { name: 'Vergrendelen met een wachtzin' }).tap();
  await page.getByText('Dit dossier is vergrendeld').waitFor({ timeout: 20000 });
  await assertAccessible(page, 'dossier with lock on');
  await assertTouchTargets(page, 'dossier with lock on');
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('trede-encrypted')), null, {
    timeout: 20000,
  });
  for (const value of await storedValues(page)) {
    assert.ok(!value.includes('Zahra'), 'the name is not in storage');
    assert.equal(JSON.parse(value).format, 'trede-encrypted');
  }

  await page.getByRole('button', { name: 'Nu vergrendelen' }).tap();
  await page.getByRole('heading', { name: 'Vergrendeld dossier 1' }).waitFor({ timeout: 20000 });
  assert.equal(await page.getByText('Zahra').count(), 0, 'nothing of it is on screen');
  await page.reload();
  const card = page.locator('.locked-card');
  await card.waitFor();
  await assertAccessible(page, 'home with a locked dossier');
  await screenshot(page, 'lock-home');

  await card.getByRole('button', { name: 'Ontgrendelen' }).tap();
  const ask = page.getByRole('dialog', { name: 'Dossier ontgrendelen' });
  await ask.getByLabel('Wachtzin').fill('appelboom in de tuin');
  await ask.getByRole('button', { name: 'Ontgrendelen' }).tap();
  await ask.getByRole('alert').filter({ hasText: 'Deze wachtzin klopt niet.' }).waitFor({ timeout: 20000 });
  await ask.getByLabel('Wachtzin').fill('olijfboom in de tuin');
  await ask.getByRole('button', { name: 'Ontgrendelen' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Zahra Ahmadi' }).waitFor({ timeout: 20000 });

  // After ten minutes without a touch it locks itself.
  await page.clock.fastForward('10:30');
  await page.getByRole('heading', { name: 'Vergrendeld dossier 1' }).waitFor({ timeout: 20000 });
  assert.equal(await page.getByText('Zahra').count(), 0);

  // Unlock again and remove the lock: the dossier is stored readable again.
  await page.locator('.locked-card').getByRole('button', { name: 'Ontgrendelen' }).tap();
  await ask.getByLabel('Wachtzin').fill('olijfboom in de tuin');
  await ask.getByRole('button', { name: 'Ontgrendelen' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Zahra Ahmadi' }).waitFor({ timeout: 20000 });
  await page.getByRole('button', { name: 'Vergrendeling opheffen' }).tap();
  await page.getByText('Dit dossier is niet vergrendeld.').waitFor();
  await page.clock.fastForward(1000);
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Zahra Ahmadi')));
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
