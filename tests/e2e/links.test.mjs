// The features feed each other: a self-check suggestion becomes a GPMI action with one tap.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, launch, openApp, serveDist, tabletPage } from './support.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a self-check suggestion goes into the plan with one tap, and says where it came from', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Nadia');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.locator('#view-self-check').tap();
  await page.getByRole('button', { name: 'Nieuwe zelfscan starten' }).tap();
  for (let i = 1; i <= 6; i++) {
    await page.getByText(`Vraag ${i} van 18`).waitFor();
    if (i === 6) {
      await page.locator('.sc-answers').getByRole('button', { name: 'Soms moeilijk', exact: true }).tap();
      await page.getByRole('button', { name: 'Ik wil hier hulp bij' }).tap();
    }
    await page.getByRole('button', { name: 'Volgende' }).tap();
  }
  await page.getByRole('button', { name: 'Samenvatting' }).tap();
  const add = page.getByRole('button', { name: '“Steun bij de opvoeding zoeken” in het plan zetten' });
  await add.tap();
  await page
    .locator('.sc-suggestions li', { hasText: 'Steun bij de opvoeding zoeken' })
    .getByText('Staat in het plan')
    .waitFor();
  await assertAccessible(page, 'summary with a suggestion in the plan');

  await page.locator('#view-plan').tap();
  await page.getByRole('button', { name: 'Acties' }).tap();
  await page.getByText('Uit de zelfscan: Gezin en zorgtaken').waitFor();
  const what = await page
    .locator('input, textarea')
    .evaluateAll((els) => els.map((e) => e.value).filter((v) => v === 'Steun bij de opvoeding zoeken'));
  assert.equal(what.length, 1, 'the action is in the plan once');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an offer picked on the ladder becomes an action of the plan, with its catalogue', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill('Omar');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.locator('#view-ladder').tap();
  await page.getByRole('button', { name: /^Trede 4: Onbetaald werk/ }).tap();
  const offer = page
    .locator('.offer-card')
    .filter({ has: page.getByRole('heading', { name: 'Wijk-werken', exact: true }) });
  await offer.getByRole('button', { name: 'Kiezen voor het plan' }).tap();
  await page.locator('#view-plan').tap();
  await page.getByRole('button', { name: 'Acties' }).tap();
  await page.getByText('Aanbod: Wijk-werken').waitFor();
  const values = await page.locator('input, textarea').evaluateAll((els) => els.map((e) => e.value));
  assert.equal(values.filter((v) => v === 'Wijk-werken').length, 1);
  await assertAccessible(page, 'plan actions with a catalogue offer');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reflection time can be counted in working or calendar days', async () => {
  const { context, page } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.locator('#open-example').tap();
  await page.getByText('De cliënt mag 5 werkdagen nadenken voor het tekenen.').waitFor();
  await page.getByLabel('Bedenktijd tellen in').selectOption('calendar');
  await page.getByText('De cliënt mag 5 kalenderdagen nadenken voor het tekenen.').waitFor();
  await page.waitForTimeout(700);
  await page.reload();
  await page.locator('.dossier-card', { hasText: 'Voorbeeld: Samira' }).getByRole('button', { name: 'Openen' }).tap();
  await page.locator('#view-plan').tap();
  await page.getByText('De cliënt mag 5 kalenderdagen nadenken voor het tekenen.').waitFor();
  await context.close();
});
