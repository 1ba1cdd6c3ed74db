// Self-check journeys at tablet size with touch: the client answers, stops and resumes after a
// reload; the worker scores; the summary shows where the two voices differ and the precondition.

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

async function createDossier(page, name) {
  await page.getByLabel('Naam van de cliënt').fill(name);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function startSelfCheck(page) {
  await page.locator('#view-self-check').tap();
  await page.getByRole('button', { name: 'Nieuwe zelfscan starten' }).tap();
  await page.getByText('Vraag 1 van 18').waitFor();
}

const answer = (page, word) => page.locator('.sc-answers').getByRole('button', { name: word, exact: true });

test('a client answers six domains, skips one, stops, and resumes after a reload', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await createDossier(page, 'Amina El Idrissi');
  await startSelfCheck(page);
  await assertAccessible(page, 'self-check client mode');
  await assertTouchTargets(page, 'self-check client mode');

  const words = ['Gaat goed', 'Soms moeilijk', 'Gaat goed', 'Zeg ik liever niet', 'Gaat goed', 'Nu een groot probleem'];
  for (const [i, word] of words.entries()) {
    await page.getByText(`Vraag ${i + 1} van 18`).waitFor();
    await answer(page, word).tap();
    assert.equal(await answer(page, word).getAttribute('aria-pressed'), 'true');
    if (i === 5) {
      // Family: the client asks for help and says why, in their own words.
      await page.getByRole('button', { name: 'Ik wil hier hulp bij' }).tap();
      await page
        .getByLabel('Wil je er iets over vertellen?')
        .fill('Mijn moeder woont bij ons en heeft veel zorg nodig.');
      await screenshot(page, 'selfcheck-client-nl');
    }
    await page.getByRole('button', { name: 'Volgende' }).tap();
  }
  // Childcare: skipped for now.
  await page.getByText('Hoe gaat het met opvang voor je kinderen?').waitFor();
  await page.getByRole('button', { name: 'Later beantwoorden' }).tap();
  // Safety: a note half typed, then the client stops.
  await page.getByText('Vraag 8 van 18').waitFor();
  await page.getByLabel('Wil je er iets over vertellen?').pressSequentially('Liever later');

  await page.waitForTimeout(800);
  await page.reload();
  await page.locator('.dossier-card', { hasText: 'Amina El Idrissi' }).getByRole('button', { name: 'Openen' }).tap();
  await page.locator('#view-self-check').tap();
  const item = page.locator('.sc-check-item');
  await item.getByText('Nog niet af').waitFor();
  await item.getByText('Cliënt: 6 van 18 beantwoord').waitFor();
  await item.getByText('één overgeslagen').waitFor();
  await assertAccessible(page, 'self-check list');
  await assertTouchTargets(page, 'self-check list');
  await screenshot(page, 'selfcheck-list-nl');

  await item.getByRole('button', { name: 'Openen' }).tap();
  await page.getByText('Vraag 8 van 18').waitFor();
  await page.getByRole('heading', { name: 'Hoe veilig voel je je thuis?' }).waitFor();
  assert.equal(
    await page.getByLabel('Wil je er iets over vertellen?').inputValue(),
    'Liever later',
    'nothing typed is lost',
  );

  // Back: the skipped one invites an answer, and the family answers are all still there.
  await page.getByRole('button', { name: 'Vorige' }).tap();
  await page.getByText('Deze vraag heb je eerder overgeslagen.').waitFor();
  await page.getByRole('button', { name: 'Vorige' }).tap();
  await page.getByText('Vraag 6 van 18').waitFor();
  assert.equal(await answer(page, 'Nu een groot probleem').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Ik wil hier hulp bij' }).getAttribute('aria-pressed'), 'true');
  assert.equal(
    await page.getByLabel('Wil je er iets over vertellen?').inputValue(),
    'Mijn moeder woont bij ons en heeft veel zorg nodig.',
  );

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('the worker scores three domains and the summary shows differences and the precondition', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await createDossier(page, 'Bram Peeters');
  await startSelfCheck(page);
  await answer(page, 'Gaat goed').tap(); // money
  await page.getByRole('button', { name: 'Volgende' }).tap();
  await answer(page, 'Gaat goed').tap(); // housing
  await page.getByRole('button', { name: 'Ik wil hier hulp bij' }).tap();
  await page.getByRole('button', { name: 'Volgende' }).tap();
  await answer(page, 'Soms moeilijk').tap(); // health

  await page.locator('#sc-mode-worker').tap();
  const money = page.locator('#sc-w-money');
  const housing = page.locator('#sc-w-housing');
  const health = page.locator('#sc-w-health');
  await money.getByLabel('2 · Drempel, maar werk of opleiding kan met ondersteuning').check();
  await health.getByLabel('2 · Drempel, maar werk of opleiding kan met ondersteuning').check();
  assert.equal(await housing.getByText('Wat is van toepassing?').count(), 0, 'sub-items only open with 3 or 4');
  await housing.getByLabel('3 · Drempel: werk of opleiding lukt nu niet').check();
  await housing.getByLabel('Moet snel weg of verhuist heel vaak').check();
  await housing.getByLabel('Notitie van de werker').fill('Opzeg tegen eind januari.');
  await page.locator('#sc-dutch-level').selectOption('1-2');
  await page.locator('#sc-latin-reading').selectOption('yes');
  assert.equal(await housing.getByLabel('Moet snel weg of verhuist heel vaak').isChecked(), true);
  await assertAccessible(page, 'self-check worker mode');
  await assertTouchTargets(page, 'self-check worker mode');
  await screenshot(page, 'selfcheck-worker-nl');

  await page.locator('#sc-mode-summary').tap();
  await page.getByRole('heading', { name: 'Beide stemmen naast elkaar' }).waitFor();
  const diffs = page.locator('.sc-diff-list li');
  assert.deepEqual(
    (await diffs.allTextContents()).map((s) => s.split(':')[0]),
    ['Geld en schulden', 'Wonen'],
  );
  assert.equal(
    await page
      .locator('.sc-pre-list li')
      .allTextContents()
      .then((l) => l.join('|')),
    'Wonen',
  );
  await page.locator('.sc-help-list').getByText('Wonen').waitFor();
  assert.equal(await page.locator('.sc-chart-row.sc-chart-diff').count(), 2);
  // The text alternative carries the same facts.
  await page.getByRole('row', { name: /Wonen Gaat goed 3 · Drempel.*Verschil, Randvoorwaarde, Wil hulp/ }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on the summary (overflow ${overflow}px)`);
  await assertAccessible(page, 'self-check summary');
  await assertTouchTargets(page, 'self-check summary');
  await screenshot(page, 'selfcheck-summary-nl');

  // Everything survives a reload.
  await page.waitForTimeout(800);
  await page.reload();
  await page.locator('.dossier-card', { hasText: 'Bram Peeters' }).getByRole('button', { name: 'Openen' }).tap();
  await page.locator('#view-self-check').tap();
  await page.locator('.sc-check-item').getByText('Werker: 3 van 18 gescoord').waitFor();

  // Deleting asks first.
  await page.locator('.sc-check-item').getByRole('button', { name: 'Verwijderen' }).tap();
  const dialog = page.getByRole('alertdialog', { name: 'Deze zelfscan verwijderen?' });
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).tap();
  await page.getByText('Nog geen zelfscan in dit dossier.').waitFor();

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});
