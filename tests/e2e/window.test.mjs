// The window opens where and as large as it was left: moved and resized, the app ended
// without closing normally, and opened again on the same place and size.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG, eventually, find, launch, demoDb, startDriver, stopDriver } from './harness.mjs';

before(startDriver);
after(stopDriver);

const STATE = path.join(CONFIG, 'kz.partnerdesk.app', '.window-state.json');

test('the window is reopened at the size and place it was left with', { timeout: 120000 }, async () => {
  const db = demoDb('window');
  const wanted = { x: 90, y: 70, width: 1000, height: 680 };
  let driver = await launch(db);
  try {
    await find(driver, 'page-title');
    await driver.manage().window().setRect(wanted);
    // Noted shortly after the last change, without waiting for the app to close: the session
    // end below kills it, as a dying laptop would.
    await eventually(driver, async () => {
      if (!fs.existsSync(STATE)) return false;
      const s = JSON.parse(fs.readFileSync(STATE, 'utf8')).main;
      return s.x === wanted.x && s.y === wanted.y && s.width === wanted.width && s.height === wanted.height;
    }, `the window's size and place were not noted in ${STATE}`);
  } finally {
    await driver.quit();
  }

  driver = await launch(db);
  try {
    await find(driver, 'page-title');
    const r = await driver.manage().window().getRect();
    assert.deepEqual([r.x, r.y, r.width, r.height], [wanted.x, wanted.y, wanted.width, wanted.height]);
  } finally {
    await driver.quit();
  }
});
