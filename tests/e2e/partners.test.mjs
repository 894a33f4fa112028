// The partner register end to end: first run, add a partner with a Kazakh name and a contact,
// find it in another case, archive and restore it, switch the UI to Kazakh, restart.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import {
  chooseOption, contentOf, eventually, find, launch, rows, screenshot, startDriver, stopDriver, tempDb, textOf,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

const PARTNER = 'Қарағанды облыстық тарихи-өлкетану мұражайы';
const CONTACT = 'Жақсыбекова Айгерім Қайратқызы';

test('a new database offers demo data, and the demo register appears', { timeout: 120000 }, async () => {
  const driver = await launch(tempDb('demo'));
  try {
    await screenshot(driver, 'welcome');
    await (await find(driver, 'welcome-demo-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Главная', 'the start page did not open after the demo loaded');
    await (await find(driver, 'nav-partners')).click();
    await eventually(driver, async () => (await rows(driver)).length >= 10, 'demo rows did not appear');
    const count = await textOf(driver, 'partner-count');
    assert.match(count, /\b47\b/, 'the demo register has 47 partners');
    await screenshot(driver, 'list-demo');

    // Keyboard: «/» goes to the search box, Arrow Down selects the first row, Enter opens it,
    // Escape goes back.
    const first = await contentOf(driver, (await rows(driver))[0]);
    await driver.actions().sendKeys('/').perform();
    await driver.actions().sendKeys(Key.ARROW_DOWN).perform();
    await driver.actions().sendKeys(Key.ENTER).perform();
    const opened = await textOf(driver, 'partner-name');
    assert.ok(first.includes(opened), `opened «${opened}», expected the first row «${first}»`);
    await screenshot(driver, 'partner-page-demo');
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await find(driver, 'search-input');

    // The English interface.
    await chooseOption(driver, 'lang-select', 'en');
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Partners', 'the title did not switch to English');
    await screenshot(driver, 'list-en');
  } finally {
    await driver.quit();
  }
});

test('add, find, archive, restore, switch language, restart', { timeout: 240000 }, async () => {
  const db = tempDb('register');
  let driver = await launch(db);
  try {
    await (await find(driver, 'welcome-clean-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Главная', 'the start page did not open after a clean start');
    await (await find(driver, 'nav-partners')).click();
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Партнёры', 'the list did not open in Russian');

    // Add a partner with a Kazakh name and a contact person.
    await (await find(driver, 'new-partner-button')).click();
    await (await find(driver, 'field-name')).sendKeys(PARTNER);
    await chooseOption(driver, 'field-category', await firstCategoryValue(driver, 'culture'));
    await (await find(driver, 'field-email')).sendKeys('muzei@culture.kz');
    await (await find(driver, 'contact-add-button')).click();
    await (await find(driver, 'contact-name-0')).sendKeys(CONTACT);
    await (await find(driver, 'contact-position-0')).sendKeys('Директор');
    await screenshot(driver, 'form');
    await (await find(driver, 'save-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'partner-name')) === PARTNER, 'the saved partner page did not open');
    assert.equal((await driver.findElements({ css: '[data-testid="contact-row"]' })).length, 1);
    await screenshot(driver, 'partner-page');

    // Find it from the list by part of its name typed in another case.
    await (await find(driver, 'nav-partners')).click();
    const search = await find(driver, 'search-input');
    await search.sendKeys('ҚАРАҒ');
    await eventually(driver, async () => {
      const r = await rows(driver);
      return r.length === 1 && (await contentOf(driver, r[0])).includes(PARTNER);
    }, 'search in another case did not find the partner');
    await search.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE, 'айгер');
    await eventually(driver, async () => (await rows(driver)).length === 1, 'search by contact name did not find the partner');
    await screenshot(driver, 'search');

    // Archive it (after confirming): it leaves the list; restore it from the archive.
    await (await rows(driver))[0].click();
    await (await find(driver, 'archive-button')).click();
    await (await find(driver, 'confirm-ok')).click();
    await find(driver, 'archived-banner');
    await (await find(driver, 'nav-partners')).click();
    await (await find(driver, 'search-input')).sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
    await eventually(driver, async () => (await rows(driver)).length === 0, 'an archived partner is still listed');
    await chooseOption(driver, 'filter-archived', 'archived');
    await eventually(driver, async () => (await rows(driver)).length === 1, 'the archived partner is not in the archive');
    await (await rows(driver))[0].click();
    await (await find(driver, 'restore-button')).click();
    await eventually(driver, async () => (await driver.findElements({ css: '[data-testid="archived-banner"]' })).length === 0, 'restore did not take');

    // Switch the interface to Kazakh: the headings change.
    await (await find(driver, 'nav-partners')).click();
    await chooseOption(driver, 'filter-archived', 'active');
    await chooseOption(driver, 'lang-select', 'kk');
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Серіктестер', 'the title did not switch to Kazakh');
    await screenshot(driver, 'list-kk');
  } finally {
    await driver.quit();
  }

  // Restart on the same file: the partner and the language are kept.
  driver = await launch(db);
  try {
    await (await find(driver, 'nav-partners')).click();
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Серіктестер', 'the language was not kept');
    await eventually(driver, async () => {
      const r = await rows(driver);
      return r.length === 1 && (await contentOf(driver, r[0])).includes(PARTNER);
    }, 'the partner was not kept');
    await screenshot(driver, 'restarted-kk');
  } finally {
    await driver.quit();
  }
});

/** The value of the category option whose text is the culture category in Russian. */
async function firstCategoryValue(driver, code) {
  const names = { culture: 'Учреждения культуры' };
  const select = await find(driver, 'field-category');
  for (const o of await select.findElements({ css: 'option' })) {
    if ((await o.getText()).trim() === names[code]) return o.getAttribute('value');
  }
  throw new Error(`no category option «${names[code]}»`);
}
