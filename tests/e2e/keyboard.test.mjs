// The app without a mouse: Tab reaches the About panel in the sidebar, which shows the version
// and closes with Escape back to its button; Alt+2, Ctrl+N, typing and Ctrl+S add a partner,
// and Ctrl+F finds it in the list.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Key } from 'selenium-webdriver';
import {
  byTestId, contentOf, demoDb, eventually, find, launch, rows, screenshot, startDriver, stopDriver, textOf,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

const PARTNER = 'Өскемен қалалық балалар кітапханасы';

/** The data-testid of the element that has the focus ('' when it has none). */
async function focused(driver) {
  return driver.executeScript('return document.activeElement?.dataset?.testid ?? ""');
}

/** Presses keys, with `modifier` (Key.CONTROL, Key.ALT) held down when given. */
async function press(driver, keys, modifier) {
  const actions = driver.actions();
  if (modifier) actions.keyDown(modifier);
  actions.sendKeys(...keys);
  if (modifier) actions.keyUp(modifier);
  await actions.perform();
}

/** The version the workspace is built with (Cargo.toml), which the core reports. */
function cargoVersion() {
  const toml = fs.readFileSync(path.resolve(import.meta.dirname, '../../Cargo.toml'), 'utf8');
  return /^version\s*=\s*"([^"]+)"/m.exec(toml)[1];
}

test('About and a new partner with the keyboard alone', { timeout: 180000 }, async () => {
  const driver = await launch(demoDb('keyboard'));
  try {
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Главная', 'the start page did not open');

    // Tab through the window until the About button in the sidebar has the focus, then Enter.
    await driver.executeScript('document.activeElement?.blur()');
    await eventually(driver, async () => {
      await press(driver, [Key.TAB]);
      return (await focused(driver)) === 'about-open';
    }, 'Tab never reached the About button', 30000);
    await press(driver, [Key.ENTER]);
    await find(driver, 'about-dialog');
    const version = await textOf(driver, 'about-version');
    assert.equal(version, cargoVersion());
    assert.match(await textOf(driver, 'about-db-path'), /keyboard\.sqlite3$/);
    const dialogText = await textOf(driver, 'about-dialog');
    assert.match(dialogText, /MIT/);
    assert.match(dialogText, /SIL Open Font License/);
    // Tab stays inside the window.
    for (let i = 0; i < 3; i += 1) {
      await press(driver, [Key.TAB]);
      assert.equal(await focused(driver), 'about-close', 'the focus left the About window');
    }
    await screenshot(driver, 'about-ru');
    await press(driver, [Key.ESCAPE]);
    await eventually(driver, async () => (await driver.findElements(byTestId('about-dialog'))).length === 0, 'Escape did not close About');
    assert.equal(await focused(driver), 'about-open', 'the focus did not return to the About button');

    // Alt+2: the partners; Ctrl+N: the new partner's form, its name field focused.
    await press(driver, ['2'], Key.ALT);
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Партнёры', 'Alt+2 did not open the partners');
    await eventually(driver, async () => (await rows(driver)).length > 0, 'the demo partners are not listed');
    await press(driver, ['n'], Key.CONTROL);
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Новый партнёр', 'Ctrl+N did not open the form');
    await eventually(driver, async () => (await focused(driver)) === 'field-name', 'the name field has no focus');
    await driver.actions().sendKeys(PARTNER).perform();
    await screenshot(driver, 'focus-ru');

    // Tab to the next field: the focus moves on and is drawn there too.
    await press(driver, [Key.TAB]);
    assert.notEqual(await focused(driver), 'field-name');
    await screenshot(driver, 'focus-next-ru');

    // Ctrl+S saves and shows the partner; Escape goes back to the list.
    await press(driver, ['s'], Key.CONTROL);
    await eventually(driver, async () => (await textOf(driver, 'partner-name')) === PARTNER, 'Ctrl+S did not save the partner');
    await press(driver, [Key.ESCAPE]);
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Партнёры', 'Escape did not go back to the list');

    // Ctrl+F: the search box; the partner is found by a part of its name.
    await press(driver, ['f'], Key.CONTROL);
    await eventually(driver, async () => (await focused(driver)) === 'search-input', 'Ctrl+F did not focus the search');
    await driver.actions().sendKeys('өскемен').perform();
    await eventually(driver, async () => {
      const found = await rows(driver);
      return found.length === 1 && (await contentOf(driver, found[0])).includes(PARTNER);
    }, 'the new partner is not in the list');
    await screenshot(driver, 'search-keyboard-ru');
  } finally {
    await driver.quit();
  }
});
