// Plan journey: co-draft a GPMI for a 23-year-old new client, check it is ready to sign, see the
// check name a missing owner, record an evaluation that adjusts a goal, undo and redo a deletion.

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

const iso = (d) => d.toISOString().slice(0, 10);
const shift = (days, years = 0) => {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
};

async function newDossier(page, name) {
  await openApp(page, server.base);
  await page.getByLabel('Naam van de cliënt').fill(name);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('#view-plan').tap();
  await page.getByRole('heading', { level: 2, name: 'Het integratieproject (GPMI)' }).waitFor();
}

async function step(page, slug) {
  await page.locator(`#plan-step-${slug}`).tap();
  await page.locator(`#plan-step-${slug}[aria-current="step"]`).waitFor();
}

async function check(page, label) {
  await assertAccessible(page, label);
  await assertTouchTargets(page, label);
}

test('a plan is drafted together, checked, evaluated, and edits can be undone', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await newDossier(page, 'Jonas Peeters');

  // About the plan: a 23-year-old who is new to the leefloon.
  await page.getByLabel('Soort plan').selectOption('employment');
  await page.getByLabel('Datum van de beslissing over het leefloon').fill(shift(-10));
  await page.getByLabel('Het plan begint op').fill(shift(0));
  await page.getByLabel('Geboortedatum').fill(shift(-30, -23));
  await page.getByLabel('Leefloon of gelijkaardige hulp in de laatste 3 maanden?').selectOption('no');
  await page.locator('.plan-mandate').filter({ hasText: 'de cliënt jonger is dan 25' }).waitFor();
  await page.locator('.plan-deadline').filter({ hasText: 'Het plan wordt best getekend tegen' }).waitFor();
  await page.getByLabel('Maatschappelijk werker', { exact: true }).fill('Lotte Vermeulen');
  await page.getByLabel('OCMW', { exact: true }).fill('OCMW Oostende');
  await page.getByRole('button', { name: 'Partner toevoegen' }).tap();
  await page.locator('.plan-third').getByLabel('Naam', { exact: true }).fill('Koen');
  await page.locator('.plan-third').getByLabel('Rol (bijvoorbeeld schuldbemiddelaar)').fill('Schuldbemiddelaar');
  await check(page, 'plan basics (nl)');
  await screenshot(page, 'plan-basics-nl');

  // The client's story, then two goals.
  await page.getByRole('button', { name: 'Verder: Jouw verhaal' }).tap();
  await page.getByLabel('Hoe zie je je toekomst?').fill('Over een jaar werk ik in een magazijn.');
  await check(page, 'plan topics (nl)');
  await step(page, 'goals');
  await page.getByRole('button', { name: 'Doel toevoegen' }).tap();
  await page.getByRole('button', { name: 'Doel toevoegen' }).tap();
  const goals = page.locator('.plan-goal');
  await goals.nth(0).getByLabel('Het doel').fill('Werk vinden');
  await goals.nth(0).getByLabel('Levensdomein').selectOption('work');
  await goals.nth(1).getByLabel('Het doel').fill('Schulden onder controle');
  await goals.nth(1).getByLabel('Levensdomein').selectOption('money');
  await check(page, 'plan goals (nl)');

  // Four actions across the client, the OCMW and the debt mediator.
  await step(page, 'actions');
  const actions = [
    ['Drie sollicitaties per week', 'De cliënt', 14],
    ['Samen vacatures zoeken', 'OCMW Oostende', 21],
    ['Een afbetalingsplan opmaken', 'Koen (Schuldbemiddelaar)', 30],
    ['Brieven over schulden meebrengen', 'De cliënt', 7],
  ];
  for (const [i, [what, owner, days]] of actions.entries()) {
    await page.getByRole('button', { name: 'Actie toevoegen' }).tap();
    const card = page.locator('.plan-action').nth(i);
    await card.getByLabel('Wat gebeurt er?').fill(what);
    await card.getByLabel('Wie neemt het op?').selectOption({ label: owner });
    await card.getByLabel('Tegen wanneer?').fill(shift(days));
  }
  await check(page, 'plan actions (nl)');
  await screenshot(page, 'plan-actions-nl');

  await step(page, 'agreements');
  await page.getByLabel('Wat ga jij doen om je doelen te bereiken?').fill('Elke week solliciteren.');
  await page.locator('.plan-rights').filter({ hasText: 'arbeidsrechtbank' }).waitFor();
  await check(page, 'plan agreements (nl)');

  // Not ready yet: no evaluations planned.
  await step(page, 'review');
  await page.locator('#plan-ready-status').filter({ hasText: 'evaluatiemomenten' }).waitFor();
  await page.getByRole('button', { name: 'De evaluaties plannen' }).tap();
  await page.getByRole('button', { name: 'Evaluatiemomenten voorstellen' }).tap();
  await page.locator('.plan-moment').nth(2).waitFor();
  assert.equal(await page.locator('.plan-moment').count(), 3, 'three evaluations are proposed');
  assert.equal(await page.locator('.plan-moment', { hasText: 'van persoon tot persoon' }).count(), 2);
  await check(page, 'plan evaluations (nl)');

  await step(page, 'review');
  await page.locator('#plan-ready-status').filter({ hasText: 'Het plan is klaar om te tekenen.' }).waitFor();
  await check(page, 'plan review ready (nl)');
  await screenshot(page, 'plan-review-ready-nl');

  // Take away an owner: the check names the action.
  await step(page, 'actions');
  await page.locator('.plan-action').nth(1).getByLabel('Wie neemt het op?').selectOption('');
  await step(page, 'review');
  await page.locator('.plan-missing li').filter({ hasText: 'wie „Samen vacatures zoeken” opneemt' }).waitFor();
  await screenshot(page, 'plan-review-missing-nl');

  // Stop and resume: the step is remembered after a reload.
  await page.waitForTimeout(700);
  await page.reload();
  await page.locator('.dossier-card', { hasText: 'Jonas Peeters' }).getByRole('button', { name: 'Openen' }).tap();
  await page.locator('#view-plan').tap();
  await page.locator('#plan-step-review[aria-current="step"]').waitFor();
  await page.locator('.plan-missing li').filter({ hasText: 'Samen vacatures zoeken' }).waitFor();

  // Record an evaluation that adjusts a goal.
  await step(page, 'evaluations');
  await page.getByLabel('Wie was erbij').fill('Jonas, Lotte');
  await page.getByLabel('Hoe loopt „Werk vinden”?').selectOption('adjusted');
  await page.getByLabel('Hoe loopt „Schulden onder controle”?').selectOption('on-track');
  await page.getByLabel('Wat veranderde').fill('Ook inschrijven bij twee uitzendkantoren.');
  await page.getByRole('button', { name: 'Evaluatie bewaren' }).tap();
  const history = page.locator('.plan-history .plan-evaluation');
  await history.filter({ hasText: 'Werk vinden: Bijgestuurd' }).waitFor();
  await history.filter({ hasText: 'Ook inschrijven bij twee uitzendkantoren.' }).waitFor();
  await page.locator('.plan-moment', { hasText: 'gehouden' }).waitFor();
  await check(page, 'plan evaluation recorded (nl)');
  await screenshot(page, 'plan-evaluations-nl');

  // Undo and redo a deletion.
  await step(page, 'actions');
  await page.locator('.plan-action').nth(3).getByRole('button', { name: 'Deze actie weghalen' }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action').length === 3);
  await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action').length === 4);
  assert.equal(
    await page.locator('.plan-action').nth(3).getByLabel('Wat gebeurt er?').inputValue(),
    'Brieven over schulden meebrengen',
  );
  await page.getByRole('button', { name: 'Opnieuw doen' }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action').length === 3);
  assert.equal(await page.getByRole('button', { name: 'Opnieuw doen' }).isDisabled(), true);

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('the example opens from the home screen, clearly marked, in English too', async () => {
  const { context, page, offsite, errors } = await tabletPage(browser, server.base);
  await openApp(page, server.base);
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Voorbeeld: Samira' }).waitFor();
  await page.getByText('Voorbeeld: geen echte persoon').first().waitFor();
  await page.locator('#plan-ready-status').filter({ hasText: 'Het plan is klaar om te tekenen.' }).waitFor();
  await check(page, 'example review (nl)');
  await screenshot(page, 'plan-example-nl');
  await page.getByLabel('Taal van het scherm').selectOption('en');
  await page.locator('#plan-ready-status').filter({ hasText: 'The plan is ready to sign.' }).waitFor();
  await step(page, 'evaluations');
  await page.locator('.plan-history').filter({ hasText: 'Adjusted' }).waitFor();
  await check(page, 'example evaluations (en)');
  await screenshot(page, 'plan-example-evaluations-en');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
