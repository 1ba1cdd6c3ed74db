// Self-check journeys at tablet size with touch: the client answers, stops and resumes after a
// reload; the worker scores; the summary shows where the two voices differ and the precondition.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answerButton,
  checkScreen,
  createDossier,
  escapeRegExp,
  nl,
  openApp,
  openDossier,
  openView,
  reloadToHome,
  screenshot,
  startAppAndBrowser,
  startSelfCheck,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

/** Starts a self-check in the open dossier, at its first question. */
async function startAtFirstQuestion(page) {
  await startSelfCheck(page);
  await page.getByText(nl('self-check-client-progress', { current: 1, total: 18 })).waitFor();
}

test('a client answers six domains, skips one, stops, and resumes after a reload', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Amina El Idrissi');
  await startAtFirstQuestion(page);
  await checkScreen(page, 'self-check client mode');

  const words = [
    nl('self-check-answer-good'),
    nl('self-check-answer-hard'),
    nl('self-check-answer-good'),
    nl('self-check-answer-private'),
    nl('self-check-answer-good'),
    nl('self-check-answer-big'),
  ];
  for (const [i, word] of words.entries()) {
    await page.getByText(nl('self-check-client-progress', { current: i + 1, total: 18 })).waitFor();
    await answerButton(page, word).tap();
    assert.equal(await answerButton(page, word).getAttribute('aria-pressed'), 'true');
    if (i === 5) {
      // Family: the client asks for help and says why, in their own words.
      await page.getByRole('button', { name: nl('self-check-client-help') }).tap();
      await page
        .getByLabel(nl('self-check-client-note-label'))
        .fill('Mijn moeder woont bij ons en heeft veel zorg nodig.');
      await screenshot(page, 'self-check-client-nl');
    }
    await page.getByRole('button', { name: nl('self-check-client-next') }).tap();
  }
  // Childcare: skipped for now.
  await page.getByText(nl('self-check-q-childcare')).waitFor();
  await page.getByRole('button', { name: nl('self-check-client-skip') }).tap();
  // Safety: a note half typed, then the client stops.
  await page.getByText(nl('self-check-client-progress', { current: 8, total: 18 })).waitFor();
  await page.getByLabel(nl('self-check-client-note-label')).pressSequentially('Liever later');

  await page.waitForTimeout(800);
  await reloadToHome(page);
  await openDossier(page, 'Amina El Idrissi');
  await openView(page, 'self-check');
  const item = page.locator('.self-check-check-item');
  await item.getByText(nl('self-check-status-unfinished')).waitFor();
  await item.getByText(nl('self-check-progress-client', { answered: 6, total: 18 })).waitFor();
  await item.getByText(nl('self-check-progress-skipped', { count: 1 })).waitFor();
  await checkScreen(page, 'self-check list');
  await screenshot(page, 'self-check-list-nl');

  await item.getByRole('button', { name: nl('self-check-open') }).tap();
  await page.getByText(nl('self-check-client-progress', { current: 8, total: 18 })).waitFor();
  await page.getByRole('heading', { name: nl('self-check-q-safety') }).waitFor();
  assert.equal(
    await page.getByLabel(nl('self-check-client-note-label')).inputValue(),
    'Liever later',
    'nothing typed is lost',
  );

  // Back: the skipped one invites an answer, and the family answers are all still there.
  await page.getByRole('button', { name: nl('self-check-client-back') }).tap();
  await page.getByText(nl('self-check-client-skipped-note')).waitFor();
  await page.getByRole('button', { name: nl('self-check-client-back') }).tap();
  await page.getByText(nl('self-check-client-progress', { current: 6, total: 18 })).waitFor();
  assert.equal(await answerButton(page, nl('self-check-answer-big')).getAttribute('aria-pressed'), 'true');
  assert.equal(
    await page.getByRole('button', { name: nl('self-check-client-help') }).getAttribute('aria-pressed'),
    'true',
  );
  assert.equal(
    await page.getByLabel(nl('self-check-client-note-label')).inputValue(),
    'Mijn moeder woont bij ons en heeft veel zorg nodig.',
  );

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});

test('the worker scores three domains and the summary shows differences and the precondition', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await createDossier(page, 'Bram Peeters');
  await startAtFirstQuestion(page);
  await answerButton(page, nl('self-check-answer-good')).tap(); // money
  await page.getByRole('button', { name: nl('self-check-client-next') }).tap();
  await answerButton(page, nl('self-check-answer-good')).tap(); // housing
  await page.getByRole('button', { name: nl('self-check-client-help') }).tap();
  await page.getByRole('button', { name: nl('self-check-client-next') }).tap();
  await answerButton(page, nl('self-check-answer-hard')).tap(); // health

  await page.locator('#self-check-mode-worker').tap();
  const money = page.locator('#self-check-w-money');
  const housing = page.locator('#self-check-w-housing');
  const health = page.locator('#self-check-w-health');
  await money.getByLabel(nl('self-check-score-2')).check();
  await health.getByLabel(nl('self-check-score-2')).check();
  assert.equal(
    await housing.getByText(nl('self-check-worker-sub-title')).count(),
    0,
    'sub-items only open with 3 or 4',
  );
  await housing.getByLabel(nl('self-check-score-3')).check();
  await housing.getByLabel(nl('self-check-sub-housing-must-move')).check();
  await housing.getByLabel(nl('self-check-worker-note-label')).fill('Opzeg tegen eind januari.');
  await page.locator('#self-check-dutch-level').selectOption('1-2');
  await page.locator('#self-check-latin-reading').selectOption('yes');
  assert.equal(await housing.getByLabel(nl('self-check-sub-housing-must-move')).isChecked(), true);
  await checkScreen(page, 'self-check worker mode');
  await screenshot(page, 'self-check-worker-nl');

  await page.locator('#self-check-mode-summary').tap();
  await page.getByRole('heading', { name: nl('self-check-summary-chart-title') }).waitFor();
  const diffs = page.locator('.self-check-diff-list li');
  assert.deepEqual(
    (await diffs.allTextContents()).map((s) => s.split(':')[0]),
    [nl('life-domain-money'), nl('life-domain-housing')],
  );
  assert.equal(
    await page
      .locator('.self-check-pre-list li')
      .allTextContents()
      .then((l) => l.join('|')),
    nl('life-domain-housing'),
  );
  await page.locator('.self-check-help-list').getByText(nl('life-domain-housing')).waitFor();
  assert.equal(await page.locator('.self-check-chart-row.self-check-chart-diff').count(), 2);
  // The text alternative carries the same facts.
  await page
    .getByRole('row', {
      name: new RegExp(
        `${escapeRegExp([nl('life-domain-housing'), nl('self-check-answer-good'), nl('self-check-score-3')].join(' '))}.*${escapeRegExp([nl('self-check-diff'), nl('self-check-precondition'), nl('self-check-wants-help')].join(', '))}`,
      ),
    })
    .waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on the summary (overflow ${overflow}px)`);
  await checkScreen(page, 'self-check summary');
  await screenshot(page, 'self-check-summary-nl');

  // Everything survives a reload.
  await page.waitForTimeout(800);
  await reloadToHome(page);
  await openDossier(page, 'Bram Peeters');
  await openView(page, 'self-check');
  await page
    .locator('.self-check-check-item')
    .getByText(nl('self-check-progress-worker', { scored: 3, total: 18 }))
    .waitFor();

  // Deleting asks first.
  await page
    .locator('.self-check-check-item')
    .getByRole('button', { name: nl('self-check-delete') })
    .tap();
  const dialog = page.getByRole('alertdialog', { name: nl('self-check-confirm-delete-title') });
  await dialog.getByRole('button', { name: nl('self-check-confirm-delete-yes') }).tap();
  await page.getByText(nl('self-check-none')).waitFor();

  assert.deepEqual(offsite, [], 'no request may leave the page origin');
  assert.deepEqual(errors, [], 'no errors in the console');
  await context.close();
});
