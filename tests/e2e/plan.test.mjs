// Plan journey: co-draft a GPMI for a 23-year-old new client, check it is ready to sign, see the
// check name a missing owner, record an evaluation that adjusts a goal, undo and redo a deletion.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkScreen,
  createDossier,
  messageParts,
  messages,
  nl,
  openApp,
  openDossier,
  openExample,
  openView,
  planStep,
  reloadToHome,
  screenshot,
  startAppAndBrowser,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();
const en = messages('en');

const iso = (d) => d.toISOString().slice(0, 10);
const shift = (days, years = 0) => {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
};

async function newDossier(page, name) {
  await openApp(page, app.base);
  await createDossier(page, name);
  await openView(page, 'plan');
  await page.getByRole('heading', { level: 2, name: nl('plan-title') }).waitFor();
}

test('a plan is drafted together, checked, evaluated, and edits can be undone', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await newDossier(page, 'Jonas Peeters');

  // About the plan: a 23-year-old who is new to the leefloon.
  await page.getByLabel(nl('plan-type-employment'), { exact: true }).check();
  await page.getByLabel(nl('plan-decision-label')).fill(shift(-10));
  await page.getByLabel(nl('plan-start-label')).fill(shift(0));
  await page.getByLabel(nl('plan-end-label')).fill(shift(0, 1));
  await page.getByLabel(nl('plan-birth-label')).fill(shift(-30, -23));
  await page.getByLabel(nl('plan-recent-right-label', { months: 3 })).selectOption('no');
  await page
    .locator('.plan-mandate')
    .filter({ hasText: nl('plan-ground-under25') })
    .waitFor();
  await page
    .locator('.plan-deadline')
    .filter({ hasText: messageParts(nl, 'plan-deadline-by', 'date', { months: 3 })[0] })
    .waitFor();
  await page.getByLabel(nl('plan-worker-label'), { exact: true }).fill('Lotte Vermeulen');
  await page.getByLabel(nl('plan-ocmw-label'), { exact: true }).fill('OCMW Oostende');
  await page.getByRole('button', { name: nl('plan-third-add') }).tap();
  await page.locator('.plan-third').getByLabel(nl('plan-third-name'), { exact: true }).fill('Koen');
  await page.locator('.plan-third').getByLabel(nl('plan-third-role')).fill('Schuldbemiddelaar');
  await checkScreen(page, 'plan basics (nl)');
  await screenshot(page, 'plan-basics-nl');

  // The client's story, then two goals.
  await page.getByRole('button', { name: nl('plan-next', { step: nl('plan-step-topics') }) }).tap();
  await page.getByLabel(nl('plan-topic-future')).fill('Over een jaar werk ik in een magazijn.');
  await checkScreen(page, 'plan topics (nl)');
  await planStep(page, 'goals');
  await page.getByRole('button', { name: nl('plan-goal-add') }).tap();
  await page.getByRole('button', { name: nl('plan-goal-add') }).tap();
  const goals = page.locator('.plan-goal');
  await goals.nth(0).getByLabel(nl('plan-goal-title')).fill('Werk vinden');
  await goals.nth(0).getByLabel(nl('plan-goal-domain')).selectOption('work');
  await goals.nth(1).getByLabel(nl('plan-goal-title')).fill('Schulden onder controle');
  await goals.nth(1).getByLabel(nl('plan-goal-domain')).selectOption('money');
  await checkScreen(page, 'plan goals (nl)');

  // Four actions across the client, the OCMW and the debt mediator.
  await planStep(page, 'actions');
  const actions = [
    ['Drie sollicitaties per week', nl('plan-owner-client'), 14],
    ['Samen vacatures zoeken', 'OCMW Oostende', 21],
    ['Een afbetalingsplan opmaken', 'Koen (Schuldbemiddelaar)', 30],
    ['Brieven over schulden meebrengen', nl('plan-owner-client'), 7],
  ];
  for (const [i, [what, owner, days]] of actions.entries()) {
    await page.getByRole('button', { name: nl('plan-action-add') }).tap();
    const card = page.locator('.plan-action').nth(i);
    await card.getByLabel(nl('plan-action-what')).fill(what);
    await card.getByLabel(nl('plan-action-owner')).selectOption({ label: owner });
    await card.getByLabel(nl('plan-action-due')).fill(shift(days));
  }
  await checkScreen(page, 'plan actions (nl)');
  await screenshot(page, 'plan-actions-nl');

  await planStep(page, 'agreements');
  await page.getByLabel(nl('plan-question-client-will-do')).fill('Elke week solliciteren.');
  await page
    .locator('.plan-rights')
    .filter({ hasText: nl('plan-rights-6', { appeal: 3 }) })
    .waitFor();
  await checkScreen(page, 'plan agreements (nl)');

  // The guided path goes on to the evaluation moments, then to the read-through: no way back.
  await page.getByRole('button', { name: nl('plan-next', { step: nl('plan-step-evaluations') }) }).tap();
  await page.getByRole('button', { name: nl('plan-schedule-propose') }).tap();
  await page.locator('.plan-moment').nth(2).waitFor();
  assert.equal(await page.locator('.plan-moment').count(), 3, 'three evaluations are proposed');
  assert.equal(await page.locator('.plan-moment', { hasText: nl('plan-eval-kind-in-person') }).count(), 2);
  await checkScreen(page, 'plan evaluations (nl)');

  // Not ready yet: the explanation to the client is not recorded.
  await page.getByRole('button', { name: nl('plan-next', { step: nl('plan-step-review') }) }).tap();
  await page
    .locator('#plan-ready-status')
    .filter({ hasText: nl('plan-missing-explained') })
    .waitFor();
  await page.getByRole('button', { name: nl('plan-explained-record') }).tap();
  await page
    .locator('#plan-ready-status')
    .filter({ hasText: nl('plan-ready-ok') })
    .waitFor();
  await checkScreen(page, 'plan review ready (nl)');
  await screenshot(page, 'plan-review-ready-nl');

  // Take away an owner: the check names the action.
  await planStep(page, 'actions');
  await page.locator('.plan-action').nth(1).getByLabel(nl('plan-action-owner')).selectOption('');
  await planStep(page, 'review');
  await page
    .locator('.plan-missing li')
    .filter({ hasText: nl('plan-missing-action-owner', { what: 'Samen vacatures zoeken' }) })
    .waitFor();
  await screenshot(page, 'plan-review-missing-nl');

  // Stop and resume: the step is remembered after a reload.
  await page.waitForTimeout(700);
  await reloadToHome(page);
  await openDossier(page, 'Jonas Peeters');
  await openView(page, 'plan');
  await page.locator('#plan-step-review[aria-current="step"]').waitFor();
  await page.locator('.plan-missing li').filter({ hasText: 'Samen vacatures zoeken' }).waitFor();

  // Record an evaluation that adjusts a goal.
  await planStep(page, 'evaluations');
  await page.getByLabel(nl('plan-eval-present')).fill('Jonas, Lotte');
  await page.getByLabel(nl('plan-eval-goal', { goal: 'Werk vinden' })).selectOption('adjusted');
  await page.getByLabel(nl('plan-eval-goal', { goal: 'Schulden onder controle' })).selectOption('on-track');
  await page.getByLabel(nl('plan-eval-changes')).fill('Ook inschrijven bij twee uitzendkantoren.');
  // Held today, it fulfils no moment planned four months ahead.
  assert.equal(await page.locator('#plan-eval-link').inputValue(), '');
  await page.getByRole('button', { name: nl('plan-eval-save') }).tap();
  const history = page.locator('.plan-history .plan-evaluation');
  await history.filter({ hasText: `Werk vinden: ${nl('plan-progress-adjusted')}` }).waitFor();
  await history.filter({ hasText: 'Ook inschrijven bij twee uitzendkantoren.' }).waitFor();
  assert.equal(await page.locator('.plan-moment', { hasText: nl('plan-eval-status-done') }).count(), 0);
  await checkScreen(page, 'plan evaluation recorded (nl)');
  await screenshot(page, 'plan-evaluations-nl');

  // Undo and redo a deletion.
  await planStep(page, 'actions');
  await page
    .locator('.plan-action')
    .nth(3)
    .getByRole('button', { name: nl('plan-action-remove') })
    .tap();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action').length === 3);
  await page.getByRole('button', { name: nl('plan-undo') }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action').length === 4);
  assert.equal(
    await page.locator('.plan-action').nth(3).getByLabel(nl('plan-action-what')).inputValue(),
    'Brieven over schulden meebrengen',
  );
  await page.getByRole('button', { name: nl('plan-redo') }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action').length === 3);
  assert.equal(await page.getByRole('button', { name: nl('plan-redo') }).isDisabled(), true);

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('the example opens from the home screen, clearly marked, in English too', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  await page.getByText(nl('plan-example-badge')).first().waitFor();
  await page
    .locator('#plan-ready-status')
    .filter({ hasText: nl('plan-ready-ok') })
    .waitFor();
  await checkScreen(page, 'example review (nl)');
  await screenshot(page, 'plan-example-nl');
  await page.getByLabel(nl('language-label')).selectOption('en');
  await page
    .locator('#plan-ready-status')
    .filter({ hasText: en('plan-ready-ok') })
    .waitFor();
  await planStep(page, 'evaluations');
  await page
    .locator('.plan-history')
    .filter({ hasText: en('plan-progress-adjusted') })
    .waitFor();
  await checkScreen(page, 'example evaluations (en)');
  await screenshot(page, 'plan-example-evaluations-en');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan is ended with a reason, then read, printed and moved with consent, never edited or signed', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  // Nothing is offered for export before the client's consent to the move is recorded.
  await page.locator('#plan-move-needs-consent').waitFor();
  assert.equal(await page.locator('#plan-move-export').count(), 0);
  await page.getByLabel(nl('plan-end-kind')).selectOption('early');
  await page.getByLabel(nl('plan-end-date')).fill(shift(0));
  // An early end needs a reason: the button waits and says why.
  await page
    .locator('#plan-end-problems')
    .filter({ hasText: nl('plan-end-need-reason') })
    .waitFor();
  assert.equal(await page.locator('#plan-end-confirm').isDisabled(), true);
  await page.getByLabel(nl('plan-end-reason')).fill('Werk gevonden met een vast contract.');
  await page.locator('#plan-end-confirm').tap();
  await page.locator('#plan-ended').waitFor();
  assert.equal(await page.locator('#plan-step-basics').count(), 0, 'no step to edit');
  await page.getByLabel(nl('plan-move-ocmw')).fill('OCMW Brugge');
  await page.getByLabel(nl('plan-move-consent')).fill(shift(0));
  await page.locator('#plan-move-export').waitFor();
  await checkScreen(page, 'plan ended (nl)');
  await screenshot(page, 'plan-ended-nl');
  await openView(page, 'sign');
  await page.locator('#sign-ended').waitFor();
  assert.equal(await page.locator('#sign-client').count(), 0, 'no signing an ended plan');
  await openView(page, 'print');
  await page.locator('#doc-ended').waitFor();
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
