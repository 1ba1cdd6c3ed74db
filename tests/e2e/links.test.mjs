// The features feed each other: a self-check suggestion becomes a GPMI action with one tap.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answerButton,
  assertAccessible,
  createDossier,
  nl,
  openApp,
  openDossier,
  openExample,
  openView,
  reloadToHome,
  startAppAndBrowser,
  startingWith,
  startSelfCheck,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

test('a self-check suggestion goes into the plan with one tap, and says where it came from', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Nadia');
  await startSelfCheck(page);
  for (let i = 1; i <= 6; i++) {
    await page.getByText(nl('self-check-client-progress', { current: i, total: 18 })).waitFor();
    if (i === 6) {
      await answerButton(page, nl('self-check-answer-hard')).tap();
      await page.getByRole('button', { name: nl('self-check-client-help') }).tap();
    }
    await page.getByRole('button', { name: nl('self-check-client-next') }).tap();
  }
  await page.getByRole('button', { name: nl('self-check-mode-summary') }).tap();
  const add = page.getByRole('button', {
    name: nl('self-check-add-to-plan-named', { action: nl('self-check-act-family-parenting-support') }),
  });
  await add.tap();
  await page
    .locator('.self-check-suggestions li', { hasText: nl('self-check-act-family-parenting-support') })
    .getByText(nl('self-check-in-plan'))
    .waitFor();
  await assertAccessible(page, 'summary with a suggestion in the plan');

  await openView(page, 'plan');
  await page.getByRole('button', { name: nl('plan-step-actions') }).tap();
  await page.getByText(nl('plan-origin-self-check', { domain: nl('life-domain-family') })).waitFor();
  const what = await page
    .locator('input, textarea')
    .evaluateAll(
      (els, action) => els.map((e) => e.value).filter((v) => v === action),
      nl('self-check-act-family-parenting-support'),
    );
  assert.equal(what.length, 1, 'the action is in the plan once');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an offer picked on the ladder becomes an action of the plan, with its catalogue', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Omar');
  await openView(page, 'ladder');
  await page
    .getByRole('button', { name: startingWith(nl('ladder-rung-button', { number: 4, rung: nl('rung-4') })) })
    .tap();
  const offer = page
    .locator('.offer-card')
    .filter({ has: page.getByRole('heading', { name: 'Wijk-werken', exact: true }) });
  await offer.getByRole('button', { name: nl('ladder-offer-pick') }).tap();
  await openView(page, 'plan');
  await page.getByRole('button', { name: nl('plan-step-actions') }).tap();
  await page.getByText(nl('plan-origin-catalogue', { offer: 'Wijk-werken' })).waitFor();
  const values = await page.locator('input, textarea').evaluateAll((els) => els.map((e) => e.value));
  assert.equal(values.filter((v) => v === 'Wijk-werken').length, 1);
  await assertAccessible(page, 'plan actions with a catalogue offer');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reflection time can be counted in working or calendar days', async () => {
  const { context, page } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await openExample(page);
  // Calendar days by default (the Brussels guides); working days remain a setting.
  await page.getByText(nl('plan-reflection-hint-calendar', { days: 5 })).waitFor();
  await page.getByLabel(nl('plan-reflection-count-label')).selectOption('working');
  await page.getByText(nl('plan-reflection-hint', { days: 5 })).waitFor();
  await page.waitForTimeout(700);
  await reloadToHome(page);
  await openDossier(page, 'Voorbeeld: Samira');
  await openView(page, 'plan');
  await page.getByText(nl('plan-reflection-hint', { days: 5 })).waitFor();
  await context.close();
});
