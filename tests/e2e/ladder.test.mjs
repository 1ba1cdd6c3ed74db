// Ladder journey: place a client, choose a goal, look at the offers of a rung and pick one, follow
// the placements over time (a step back shows honestly), and load an OCMW's own catalogue.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible,
  checkScreen,
  createDossier,
  longDate,
  messagePattern,
  messages,
  nl,
  openApp,
  openDossier,
  openView,
  planStep,
  reloadToHome,
  screenshot,
  startAppAndBrowser,
  startingWith,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();
const en = messages('en');

async function newDossierOnLadder(page, name) {
  await createDossier(page, name);
  await openView(page, 'ladder');
  await page.getByRole('heading', { level: 2, name: nl('ladder-title') }).waitFor();
}

async function addPlacement(page, date, position, { language = false, note = '' } = {}) {
  const form = page.locator('form.placement-form');
  await form.getByLabel(nl('ladder-date-label'), { exact: true }).fill(date);
  await form.getByLabel(nl('ladder-position-label')).selectOption(position);
  if (language) await form.getByLabel(nl('ladder-language-course-label')).check();
  if (note) await form.getByLabel(nl('ladder-note-label')).fill(note);
  await form.getByRole('button', { name: nl('ladder-save-placement') }).tap();
}

test('a client is placed, picks an offer, climbs and steps back, and the history shows it', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await newDossierOnLadder(page, 'Samira');
  await page.getByText(nl('ladder-now-none')).waitFor();

  // A date is needed; the rest of the form is kept.
  await page.locator('form.placement-form').getByLabel(nl('ladder-position-label')).selectOption('rung-2');
  await page.getByRole('button', { name: nl('ladder-save-placement') }).tap();
  await page
    .getByRole('alert')
    .filter({ hasText: nl('ladder-date-missing') })
    .waitFor();

  await addPlacement(page, '2024-03-01', 'rung-2', { language: true, note: 'Start bij de Babbelbox' });
  await page.getByText(nl('ladder-now-rung', { number: 2, rung: nl('rung-2') })).waitFor();
  await page.locator('.ladder-now-text', { hasText: nl('ladder-language-course-beside') }).waitFor();

  // The goal: rung 4, named as a success.
  await page.getByLabel(nl('ladder-target-label', { name: 'Samira' })).selectOption('4');
  await page.getByText(nl('ladder-target-four')).waitFor();

  // Rung 4's offers, and wijk-werken picked for the plan.
  const rung4 = page.getByRole('button', {
    name: startingWith(nl('ladder-rung-button', { number: 4, rung: nl('rung-4') })),
  });
  await rung4.tap();
  assert.equal(await rung4.getAttribute('aria-expanded'), 'true');
  const offers = page.locator('#ladder-offers');
  await offers.getByRole('heading', { name: nl('ladder-offers-title', { number: 4, rung: nl('rung-4') }) }).waitFor();
  const ww = offers
    .locator('.offer-card')
    .filter({ has: page.getByRole('heading', { name: 'Wijk-werken', exact: true }) });
  await ww.getByText('€4,10 per uur, belastingvrij; hoogstens 60 uur per maand en 630 uur per jaar').waitFor();
  await ww.getByText('Hoogstens 12 maanden').waitFor();
  await ww.locator('.offer-provider').getByText('vzw Perspectief').waitFor();
  await checkScreen(page, 'ladder with offers (nl)');
  await screenshot(page, 'ladder-offers-nl');
  await page.locator('.ladder-page > .card').first().screenshot({ path: 'tests/e2e/artifacts/ladder-card-nl.png' });
  // Who carries it is asked on the card, the offer's default (the client) preselected; here the
  // provider carries it as a partner.
  const carrier = ww.getByLabel(nl('plan-action-owner'));
  assert.equal(await carrier.inputValue(), 'client');
  await carrier.selectOption('provider');
  await ww.getByRole('button', { name: nl('ladder-offer-pick') }).tap();
  await ww.getByText(nl('ladder-offer-picked')).waitFor();
  await page.locator('.picked-list').getByText('Wijk-werken').waitFor();

  // Up to rung 3, back to rung 2; a mistaken entry is deleted after a confirmation.
  await addPlacement(page, '2024-06-01', 'rung-3');
  await addPlacement(page, '2024-09-01', 'rung-2', { note: 'Een moeilijke zomer' });
  await addPlacement(page, '2024-10-01', 'rung-6');
  await page.getByRole('button', { name: `${nl('ladder-delete-button')}: ${longDate(nl, 2024, 10, 1)}` }).tap();
  const dialog = page.getByRole('alertdialog', { name: nl('ladder-confirm-delete-title') });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: nl('cancel-button') }).tap();
  await page.getByRole('button', { name: `${nl('ladder-delete-button')}: ${longDate(nl, 2024, 10, 1)}` }).tap();
  await dialog.getByRole('button', { name: nl('ladder-confirm-delete-yes') }).tap();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.history-table tbody tr').count(), 3);

  // Changing a placement: a note is added to June's.
  await page.getByRole('button', { name: `${nl('ladder-edit-button')}: ${longDate(nl, 2024, 6, 1)}` }).tap();
  const edit = page.locator('form.placement-form', { hasText: nl('ladder-edit-title') });
  await edit.getByLabel(nl('ladder-view-agreed')).waitFor();
  await edit.getByLabel(nl('ladder-view-client')).check();
  await edit.getByLabel(nl('ladder-note-label')).fill('Graag gedaan in de WerkLabo');
  await edit.getByRole('button', { name: nl('ladder-save-placement') }).tap();
  await page.locator('.history-table').getByText('Graag gedaan in de WerkLabo').waitFor();

  // The step back is named in the summary, the chart and the table.
  await page.getByText(nl('ladder-falls-summary', { count: 1 })).waitFor();
  await page
    .locator('.history-chart')
    .getByText(`↓ ${nl('ladder-fall-label')}`)
    .waitFor();
  const fallRow = page.locator('.history-table tr.move-fall');
  await fallRow.getByText(nl('ladder-move-fall', { from: 3 })).waitFor();
  await fallRow.getByText('1 september 2024').waitFor();
  await page
    .locator('.history-table')
    .getByText(nl('ladder-move-rise', { from: 2 }))
    .waitFor();
  await page.locator('.history-table').getByText(nl('ladder-view-client')).waitFor();
  await page.locator('.history-table').getByText(nl('ladder-language-course-beside')).waitFor();
  const tableOverflow = await page.locator('.table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(tableOverflow <= 0, `the history table fits the tablet (overflow ${tableOverflow}px)`);
  await page.getByText(nl('ladder-now-rung', { number: 2, rung: nl('rung-2') })).waitFor();
  await checkScreen(page, 'ladder history (nl)');
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
  await reloadToHome(page);
  await openDossier(page, 'Samira');
  await openView(page, 'ladder');
  await page.getByLabel(nl('language-label')).selectOption('en');
  await page.getByText(en('ladder-now-rung', { number: 2, rung: en('rung-2') })).waitFor();
  await page.getByText(en('ladder-falls-summary', { count: 1 })).waitFor();
  await page.locator('.picked-list').getByText(en('offer-wijk-werken-name')).waitFor();
  await assertAccessible(page, 'ladder (en)');

  // The picked offer is an action of the plan, carried by its provider as a third party.
  await openView(page, 'plan');
  await planStep(page, 'actions');
  const action = page.locator('.plan-action').first();
  assert.equal(await action.locator('input[id^="plan-action-what-"]').inputValue(), 'Wijk-werken');
  const owner = action.getByLabel(en('plan-action-owner'));
  assert.match(await owner.inputValue(), /^third-\d+$/);
  assert.ok((await owner.locator('option:checked').textContent()).includes('vzw Perspectief'));

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
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await newDossierOnLadder(page, 'Jonas');
  await page.getByText(nl('catalogue-current', { name: 'OCMW Oostende', edition: '2024', count: 48 })).waitFor();

  // Broken JSON: line and column.
  await chooseFile(page, '{\n  "format": "trede-catalogue",,\n}');
  await page
    .getByRole('alert')
    .filter({
      hasText: messagePattern(nl, 'catalogue-problem-line', {
        place: nl('catalogue-place-file'),
        problem: messagePattern(nl, 'catalogue-problem-not-json', { line: 2, column: /\d+/ }),
      }),
    })
    .waitFor();

  // Every problem, with its place; the current catalogue stays.
  const broken = structuredClone(gent);
  broken.offers[0].rung = 9;
  delete broken.offers[1].name;
  await chooseFile(page, JSON.stringify(broken));
  const alert = page.getByRole('alert').filter({ hasText: nl('catalogue-problems-title', { count: 2 }) });
  await alert.waitFor();
  await alert
    .getByText(
      nl('catalogue-problem-line', {
        place: nl('catalogue-place-offer-id-field', { number: 1, id: 'buurtwerk', field: 'rung' }),
        problem: nl('catalogue-problem-rung', { found: 9 }),
      }),
    )
    .waitFor();
  await alert
    .getByText(
      nl('catalogue-problem-line', {
        place: nl('catalogue-place-offer-id-field', { number: 2, id: 'praattafel', field: 'name' }),
        problem: nl('catalogue-problem-missing'),
      }),
    )
    .waitFor();
  await page.getByText(nl('catalogue-current', { name: 'OCMW Oostende', edition: '2024', count: 48 })).waitFor();
  await checkScreen(page, 'catalogue problems (nl)');
  await page.locator('.catalogue').scrollIntoViewIfNeeded();
  await screenshot(page, 'ladder-catalogue-problems-nl');

  // A valid file: its offers are on the ladder.
  await chooseFile(page, JSON.stringify(gent));
  await page.getByText(nl('catalogue-loaded')).waitFor();
  await page.getByText(nl('catalogue-current', { name: 'OCMW Gent', edition: '2025', count: 2 })).waitFor();
  assert.equal(await page.locator('.catalogue-problems li').count(), 0);
  await page
    .getByRole('button', { name: startingWith(nl('ladder-rung-button', { number: 2, rung: nl('rung-2') })) })
    .tap();
  const offers = page.locator('#ladder-offers');
  await offers.getByRole('heading', { name: 'Praattafel in de bib' }).waitFor();
  await offers.getByText('Nederlands op niveau 1.1').waitFor();
  assert.equal(await offers.locator('.offer-card').count(), 1);

  // Remembered after a reload, until the built-in catalogue is chosen again.
  await page.waitForTimeout(700);
  await reloadToHome(page);
  await openDossier(page, 'Jonas');
  await openView(page, 'ladder');
  await page.getByText(nl('catalogue-current', { name: 'OCMW Gent', edition: '2025', count: 2 })).waitFor();
  await page.getByRole('button', { name: nl('catalogue-reset') }).tap();
  await page.getByText(nl('catalogue-current', { name: 'OCMW Oostende', edition: '2024', count: 48 })).waitFor();

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});
