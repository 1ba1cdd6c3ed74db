// Issue 7 at tablet size with touch: a client with Arabic as their language does the self-check in
// the simplified view while the worker's screens stay Dutch; read-aloud uses a device voice when
// there is one and says so plainly when there is none; the self-check in Arabic, Tigrinya and
// Ukrainian is kept as screenshots; axe finds nothing in Arabic. Expected texts come from the
// Fluent files themselves (support.mjs `messages`), never typed into the test.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answerButton,
  assertAccessible,
  checkScreen,
  createDossier,
  messages,
  nl,
  openApp,
  screenshot,
  startAppAndBrowser,
  startSelfCheck,
  tabletPage,
} from './support.mjs';

const app = startAppAndBrowser();

/** The device's voices, as the page will see them: none, or one on-device voice per language. */
async function voices(context, langs) {
  await context.addInitScript((langs) => {
    const list = langs.map((lang) => ({
      lang,
      localService: true,
      name: `Test ${lang}`,
      voiceURI: lang,
      default: false,
    }));
    window.spoken = [];
    SpeechSynthesis.prototype.getVoices = () => list;
    SpeechSynthesis.prototype.speak = (u) => {
      window.spoken.push({ text: u.text, lang: u.lang });
    };
    SpeechSynthesis.prototype.cancel = () => {};
  }, langs);
}

/** A new dossier whose client reads `lang`, optionally in the simplified view; then its self-check. */
async function clientSelfCheck(page, name, lang, simplified) {
  await createDossier(page, name);
  await page.locator('#client-lang').selectOption(lang);
  if (simplified) await page.getByLabel(nl('easy-toggle')).check();
  await startSelfCheck(page);
}

test('an Arabic-speaking client does the self-check in the simplified view; the worker stays in Dutch', async () => {
  const { context, page, offsite, errors } = await tabletPage(app.browser, app.base);
  await voices(context, ['ar-SA']);
  await openApp(page, app.base);
  await clientSelfCheck(page, 'Amina El Idrissi', 'ar', true);
  const ar = messages('ar');

  // The client's part: Arabic, right to left, easy words, bigger, with the Dutch word under the term.
  const client = page.locator('.self-check-client-lang');
  await client.getByText(ar('easy-progress', { current: 1, total: 18 })).waitFor();
  assert.equal(await client.getAttribute('lang'), 'ar');
  assert.equal(await client.getAttribute('dir'), 'rtl');
  await client.getByRole('heading', { name: ar('easy-q-money') }).waitFor();
  assert.ok(await page.locator('.self-check-client.simple').count(), 'the simplified view is on');
  const term = page.locator('.term-nl');
  assert.equal(await term.getAttribute('lang'), 'nl');
  assert.ok((await term.textContent()).endsWith(nl('life-domain-money')), await term.textContent());
  // The worker's part around it stays Dutch.
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await page.getByRole('button', { name: nl('self-check-mode-worker') }).waitFor();

  const answers = ['self-check-answer-good', 'self-check-answer-hard', 'self-check-answer-big'];
  for (const [i, id] of answers.entries()) {
    await client.getByText(ar('easy-progress', { current: i + 1, total: 18 })).waitFor();
    const button = answerButton(page, ar(id));
    await button.tap();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    if (i === 0) {
      // Read aloud: the question and the answers, in Arabic, with the device's Arabic voice.
      await page.getByRole('button', { name: ar('easy-read-aloud') }).tap();
      const spoken = await page.evaluate(() => window.spoken);
      assert.equal(spoken.length, 1);
      assert.equal(spoken[0].lang, 'ar-SA');
      assert.ok(
        spoken[0].text.includes(ar('easy-q-money')) && spoken[0].text.includes(ar('self-check-answer-good')),
        spoken[0].text,
      );
      await checkScreen(page, 'simplified self-check in Arabic');
      await screenshot(page, 'self-check-simplified-ar');
    }
    await page.getByRole('button', { name: ar('easy-next') }).tap();
  }
  await client.getByText(ar('easy-progress', { current: 4, total: 18 })).waitFor();

  // The worker's scoring stays Dutch, and sees the client's three answers.
  await page.getByRole('button', { name: nl('self-check-mode-worker') }).tap();
  await page.getByText(nl('self-check-worker-intro').slice(0, 30)).waitFor();
  assert.equal(await page.locator('#main [lang="ar"]').count(), 0, 'no Arabic on the worker screen');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a voice for the language, read-aloud says so plainly (Tigrinya)', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await voices(context, ['nl-BE']);
  await openApp(page, app.base);
  await clientSelfCheck(page, 'Yonas Tesfay', 'ti', true);
  const ti = messages('ti');
  await page.getByRole('heading', { name: ti('easy-q-money') }).waitFor();
  await page.getByRole('button', { name: ti('easy-read-aloud') }).tap();
  const note = page.locator('.read-aloud-note').first();
  await note.getByText(ti('easy-no-voice', { language: 'ትግርኛ' })).waitFor();
  assert.deepEqual(await page.evaluate(() => window.spoken), [], 'nothing was sent to a voice of another language');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [lang, name] of [
  ['ar', 'Omar Haddad'],
  ['ti', 'Selam Berhane'],
  ['uk', 'Olena Kovalenko'],
]) {
  test(`the self-check in ${lang}, normal view, looks right (screenshot kept)`, async () => {
    const { context, page, errors } = await tabletPage(app.browser, app.base);
    await voices(context, []);
    await openApp(page, app.base);
    await clientSelfCheck(page, name, lang, false);
    const t = messages(lang);
    await page.getByRole('heading', { name: t('self-check-q-money') }).waitFor();
    await answerButton(page, t('self-check-answer-hard')).tap();
    await page.evaluate(() => document.fonts.ready);
    await assertAccessible(page, `self-check in ${lang}`);
    await screenshot(page, `self-check-${lang}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the whole interface in Arabic: every screen right to left, axe finds nothing', async () => {
  const { context, page, errors } = await tabletPage(app.browser, app.base);
  await openApp(page, app.base);
  await page.getByLabel(nl('language-label')).selectOption('ar');
  const ar = messages('ar');
  await page.getByRole('button', { name: ar('new-dossier-button') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  await assertAccessible(page, 'home in Arabic');
  await page.getByRole('button', { name: ar('plan-example-button') }).tap();
  for (const view of ['overview', 'self-check', 'ladder', 'plan', 'road']) {
    await page.locator(`#view-${view}`).tap();
    await page.waitForTimeout(150);
    await checkScreen(page, `${view} in Arabic`);
    await screenshot(page, `ar-${view}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
