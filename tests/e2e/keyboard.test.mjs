// Accessibility beyond axe: the whole journey (new dossier, self-check, ladder, plan, sign, print) done with the
// keyboard alone, every stop with a visible focus ring; and every screen at 200% text size without
// loss (no sideways scrolling, nothing cut off).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerButton, nl, openApp, openExample, screenshot, startAppAndBrowser, tabletPage } from './support.mjs';

const app = startAppAndBrowser();

/** Presses Tab until `locator` has the focus (never clicks), and checks the focus ring shows. */
async function tabTo(page, locator, what) {
  const target = await locator.elementHandle();
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      const ring = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          width: parseFloat(style.outlineWidth),
          style: style.outlineStyle,
          visible: el.matches(':focus-visible'),
        };
      });
      assert.ok(
        ring.visible && ring.style !== 'none' && ring.width >= 2,
        `${what}: the focus is visible (${JSON.stringify(ring)})`,
      );
      return;
    }
  }
  assert.fail(`${what}: not reachable with Tab`);
}

test('a whole journey with the keyboard alone, with a visible focus at every stop', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await context.addInitScript(() => {
    window.printed = 0;
    window.print = () => {
      window.printed += 1;
    };
  });
  await openApp(page, app.base);

  // New dossier.
  await tabTo(page, page.getByLabel(nl('new-dossier-name-label')), 'name field');
  await page.keyboard.type('Karim Haddad');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Karim Haddad' }).waitFor();

  // Self-check: start, answer two questions with Space, go on with Enter.
  await tabTo(page, page.locator('#view-self-check'), 'self-check tab');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: nl('self-check-start') }), 'start self-check');
  await page.keyboard.press('Enter');
  await page.getByText(nl('self-check-client-progress', { current: 1, total: 18 })).waitFor();
  for (const [i, answer] of ['self-check-answer-good', 'self-check-answer-hard'].entries()) {
    const button = answerButton(page, nl(answer));
    await tabTo(page, button, `answer ${i + 1}`);
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await tabTo(page, page.getByRole('button', { name: nl('self-check-client-next') }), 'next');
    await page.keyboard.press('Enter');
  }
  await page.getByText(nl('self-check-client-progress', { current: 3, total: 18 })).waitFor();

  // Ladder: a placement with the form's own controls.
  await tabTo(page, page.locator('#view-ladder'), 'ladder tab');
  await page.keyboard.press('Enter');
  const form = page.locator('form.placement-form');
  await tabTo(page, form.getByLabel(nl('ladder-date-label'), { exact: true }), 'placement date');
  await page.keyboard.type('01022026');
  await tabTo(page, form.getByLabel(nl('ladder-position-label')), 'placement position');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, form.getByRole('button', { name: nl('ladder-save-placement') }), 'save placement');
  await page.keyboard.press('Enter');
  await page.locator('.ladder-now-text').waitFor();

  // Plan: the first step, a field filled and the next step reached.
  await tabTo(page, page.locator('#view-plan'), 'plan tab');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel(nl('plan-worker-label'), { exact: true }), 'worker name');
  await page.keyboard.type('Lotte Vermeulen');
  await tabTo(page, page.locator('#plan-step-topics'), 'plan step');
  await page.keyboard.press('Enter');
  await page.locator('#plan-step-topics[aria-current="step"]').waitFor();
  await screenshot(page, 'keyboard-plan-topics');

  // Sign: the client cannot draw with a keyboard, so the typed name is the signature.
  await tabTo(page, page.locator('#view-sign'), 'sign tab');
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('#sign-client'), 'sign as the client');
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('#pad-client-typed'), 'typed signature');
  await page.keyboard.press('Space');
  await tabTo(page, page.locator('#pad-client-name'), 'signer name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Karim Haddad');
  await tabTo(page, page.locator('#pad-client-save'), 'save signature');
  await page.keyboard.press('Enter');
  await page.locator('#signer-client .signature-typed').getByText('Karim Haddad').waitFor();

  // Print: the browser's dialog opens (stubbed here), reached with the keyboard.
  await tabTo(page, page.locator('#view-print'), 'print tab');
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('#print-both, #print-dutch').first(), 'print button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.printed === 1, null, { timeout: 3000 });
  await page.locator('.print-doc .signature-typed').getByText('Karim Haddad').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 200% text size nothing is lost: no sideways scrolling on any screen', async () => {
  // 200% zoom on a 1024 px wide tablet is a 512 CSS px wide layout drawn at twice the density.
  const { context, page, errors } = await tabletPage(app.browser, app.base, { width: 512, height: 384 });
  await openApp(page, app.base);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok((await overflow()) <= 0, `home scrolls sideways by ${await overflow()} px`);
  await openExample(page);
  for (const view of ['overview', 'self-check', 'ladder', 'plan', 'sign', 'print', 'road']) {
    await page.locator(`#view-${view}`).tap();
    await page.waitForTimeout(150);
    assert.ok((await overflow()) <= 0, `${view} scrolls sideways by ${await overflow()} px at 200%`);
    await screenshot(page, `zoom200-${view}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
