// Ladder journey: place a client, choose a goal, look at the offers of a rung and pick one, follow
// the placements over time (a step back shows honestly), and load an OCMW's own catalogue.

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

async function newDossierOnLadder(page, name) {
  await page.getByLabel('Naam van de cliënt').fill(name);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('#view-ladder').tap();
  await page.getByRole('heading', { level: 2, name: 'De participatieladder' }).waitFor();
}

async function addPlacement(page, date, position, { language = false, note = '' } = {}) {
  const form = page.locator('form.placement-form');
  await form.getByLabel('Datum', { exact: true }).fill(date);
  await form.getByLabel('Trede of situatie').selectOption(position);
  if (language) await form.getByLabel('Daarnaast loopt een taalcursus').check();
  if (note) await form.getByLabel('Notitie (mag leeg blijven)').fill(note);
  await form.getByRole('button', { name: 'Plaatsing bewaren' }).tap();
}

test('a client is placed, picks an offer, climbs and steps back, and the history shows it', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await newDossierOnLadder(page, 'Samira');
  await page.getByText('Nog geen plaatsing.').waitFor();

  // A date is needed; the rest of the form is kept.
  await page.locator('form.placement-form').getByLabel('Trede of situatie').selectOption('rung-2');
  await page.getByRole('button', { name: 'Plaatsing bewaren' }).tap();
  await page.getByRole('alert').filter({ hasText: 'Kies een datum.' }).waitFor();

  await addPlacement(page, '2024-03-01', 'rung-2', { language: true, note: 'Start bij de Babbelbox' });
  await page.getByText('Nu: trede 2, Sociale contacten buitenshuis').waitFor();
  await page.locator('.ladder-now-text', { hasText: 'Daarnaast loopt een taalcursus.' }).waitFor();

  // The goal: rung 4, named as a success.
  await page.getByLabel('Hoogst haalbare trede voor Samira').selectOption('4');
  await page.getByText('Die bereiken is een succes, geen eindpunt.').waitFor();

  // Rung 4's offers, and wijk-werken picked for the plan.
  const rung4 = page.getByRole('button', { name: /^Trede 4: Onbetaald werk/ });
  await rung4.tap();
  assert.equal(await rung4.getAttribute('aria-expanded'), 'true');
  const offers = page.locator('#ladder-offers');
  await offers.getByRole('heading', { name: 'Aanbod op trede 4: Onbetaald werk' }).waitFor();
  const ww = offers
    .locator('.offer-card')
    .filter({ has: page.getByRole('heading', { name: 'Wijk-werken', exact: true }) });
  await ww.getByText('€4,10 per uur, belastingvrij; hoogstens 60 uur per maand en 630 uur per jaar').waitFor();
  await ww.getByText('Hoogstens 12 maanden').waitFor();
  await ww.getByText('vzw Perspectief').waitFor();
  await assertAccessible(page, 'ladder with offers (nl)');
  await assertTouchTargets(page, 'ladder with offers (nl)');
  await screenshot(page, 'ladder-offers-nl');
  await page.locator('.ladder-page > .card').first().screenshot({ path: 'tests/e2e/artifacts/ladder-card-nl.png' });
  await ww.getByRole('button', { name: 'Kiezen voor het plan' }).tap();
  await ww.getByText('Gekozen voor het plan').waitFor();
  await page.locator('.picked-list').getByText('Wijk-werken').waitFor();

  // Up to rung 3, back to rung 2; a mistaken entry is deleted after a confirmation.
  await addPlacement(page, '2024-06-01', 'rung-3');
  await addPlacement(page, '2024-09-01', 'rung-2', { note: 'Een moeilijke zomer' });
  await addPlacement(page, '2024-10-01', 'rung-6');
  await page.getByRole('button', { name: 'Verwijderen: 1 oktober 2024' }).tap();
  const dialog = page.getByRole('alertdialog', { name: 'Deze plaatsing verwijderen?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Annuleren' }).tap();
  await page.getByRole('button', { name: 'Verwijderen: 1 oktober 2024' }).tap();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).tap();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.history-table tbody tr').count(), 3);

  // Changing a placement: a note is added to June's.
  await page.getByRole('button', { name: 'Wijzigen: 1 juni 2024' }).tap();
  const edit = page.locator('form.placement-form', { hasText: 'Deze plaatsing wijzigen' });
  await edit.getByLabel('Samen afgesproken').waitFor();
  await edit.getByLabel('Zo ziet de cliënt het').check();
  await edit.getByLabel('Notitie (mag leeg blijven)').fill('Graag gedaan in de WerkLabo');
  await edit.getByRole('button', { name: 'Plaatsing bewaren' }).tap();
  await page.locator('.history-table').getByText('Graag gedaan in de WerkLabo').waitFor();

  // The step back is named in the summary, the chart and the table.
  await page.getByText('Eén stap terug.').waitFor();
  await page.locator('.history-chart').getByText('↓ stap terug').waitFor();
  const fallRow = page.locator('.history-table tr.move-fall');
  await fallRow.getByText('Stap terug van trede 3').waitFor();
  await fallRow.getByText('1 september 2024').waitFor();
  await page.locator('.history-table').getByText('Omhoog van trede 2').waitFor();
  await page.locator('.history-table').getByText('Zo ziet de cliënt het').waitFor();
  await page.locator('.history-table').getByText('Daarnaast loopt een taalcursus.').waitFor();
  const tableOverflow = await page.locator('.table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(tableOverflow <= 0, `the history table fits the tablet (overflow ${tableOverflow}px)`);
  await page.getByText('Nu: trede 2, Sociale contacten buitenshuis').waitFor();
  await assertAccessible(page, 'ladder history (nl)');
  await assertTouchTargets(page, 'ladder history (nl)');
  await page.locator('.history-figure').scrollIntoViewIfNeeded();
  await screenshot(page, 'ladder-history-nl');
  await page
    .locator('section[aria-labelledby="history-title"]')
    .screenshot({ path: 'tests/e2e/artifacts/ladder-history-card-nl.png' });
  await page
    .locator('section[aria-labelledby="placements-title"]')
    .screenshot({ path: 'tests/e2e/artifacts/ladder-form-nl.png' });

  // It is all kept on the device, and reads in English too.
  await page.waitForTimeout(700);
  await page.reload();
  await page.locator('.dossier-card', { hasText: 'Samira' }).getByRole('button', { name: 'Openen' }).tap();
  await page.locator('#view-ladder').tap();
  await page.getByLabel('Taal van het scherm').selectOption('en');
  await page.getByText('Now: rung 2, Social contacts outside the home').waitFor();
  await page.getByText('One step back.').waitFor();
  await page.locator('.picked-list').getByText('Neighbourhood work (wijk-werken)').waitFor();
  await assertAccessible(page, 'ladder (en)');

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

const gent = {
  format: 'trede-catalogue',
  version: 1,
  id: 'gent',
  name: { nl: 'OCMW Gent', en: 'OCMW Ghent' },
  edition: '2025',
  offers: [
    {
      id: 'buurtwerk',
      rung: 4,
      name: { nl: 'Buurtwerk', en: 'Neighbourhood jobs' },
      provider: { nl: 'Wijk-werken Gent' },
      description: { nl: 'Klussen in de buurt.', en: 'Small jobs in the neighbourhood.' },
    },
    {
      id: 'praattafel',
      rung: 2,
      name: { nl: 'Praattafel in de bib' },
      provider: { nl: 'Bibliotheek De Krook' },
      description: { nl: 'Samen Nederlands oefenen.' },
      conditions: { nl: 'Nederlands op niveau 1.1' },
    },
  ],
};

async function chooseFile(page, text) {
  await page.setInputFiles('#catalogue-file', {
    name: 'catalogus.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('an OCMW loads its own catalogue: problems are listed, a valid file replaces the offers', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await newDossierOnLadder(page, 'Jonas');
  await page.getByText('In gebruik: OCMW Oostende, editie 2024, 48 aanbiedingen.').waitFor();

  // Broken JSON: line and column.
  await chooseFile(page, '{\n  "format": "trede-catalogue",,\n}');
  await page
    .getByRole('alert')
    .filter({ hasText: /Het bestand: dit is geen geldige JSON \(regel 2, kolom \d+\)/ })
    .waitFor();

  // Every problem, with its place; the current catalogue stays.
  const broken = structuredClone(gent);
  broken.offers[0].rung = 9;
  delete broken.offers[1].name;
  await chooseFile(page, JSON.stringify(broken));
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Dit bestand kon niet gebruikt worden. 2 dingen om aan te passen:' });
  await alert.waitFor();
  await alert.getByText('Aanbod 1 ("buurtwerk"), veld "rung": 9 is geen trede (1 tot 6)').waitFor();
  await alert.getByText('Aanbod 2 ("praattafel"), veld "name": ontbreekt').waitFor();
  await page.getByText('In gebruik: OCMW Oostende, editie 2024, 48 aanbiedingen.').waitFor();
  await assertAccessible(page, 'catalogue problems (nl)');
  await assertTouchTargets(page, 'catalogue problems (nl)');
  await page.locator('.catalogue').scrollIntoViewIfNeeded();
  await screenshot(page, 'ladder-catalogue-problems-nl');

  // A valid file: its offers are on the ladder.
  await chooseFile(page, JSON.stringify(gent));
  await page.getByText('De nieuwe catalogus is in gebruik.').waitFor();
  await page.getByText('In gebruik: OCMW Gent, editie 2025, 2 aanbiedingen.').waitFor();
  assert.equal(await page.locator('.catalogue-problems li').count(), 0);
  await page.getByRole('button', { name: /^Trede 2: Sociale contacten buitenshuis/ }).tap();
  const offers = page.locator('#ladder-offers');
  await offers.getByRole('heading', { name: 'Praattafel in de bib' }).waitFor();
  await offers.getByText('Nederlands op niveau 1.1').waitFor();
  assert.equal(await offers.locator('.offer-card').count(), 1);

  // Remembered after a reload, until the built-in catalogue is chosen again.
  await page.waitForTimeout(700);
  await page.reload();
  await page.locator('.dossier-card', { hasText: 'Jonas' }).getByRole('button', { name: 'Openen' }).tap();
  await page.locator('#view-ladder').tap();
  await page.getByText('In gebruik: OCMW Gent, editie 2025, 2 aanbiedingen.').waitFor();
  await page.getByRole('button', { name: 'Opnieuw de ingebouwde catalogus gebruiken' }).tap();
  await page.getByText('In gebruik: OCMW Oostende, editie 2024, 48 aanbiedingen.').waitFor();

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});
