// Agreements end to end: the start page warns of expiring agreements; a new agreement is
// registered with the next number and printed in Kazakh and Russian side by side; the
// organisation profile is edited and kept.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Key } from 'selenium-webdriver';
import {
  byTestId, CACHE, chooseOption, eventually, firstOptionValue, find, launch, demoDb, screenshot, startDriver, stopDriver, textOf,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

/** Replaces the text of an input as a person would: select all, delete, type. */
async function retype(driver, id, text) {
  const el = await find(driver, id);
  await el.click();
  await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).sendKeys(Key.BACK_SPACE).perform();
  await el.sendKeys(text);
}

const printed = () => {
  const dir = path.join(CACHE, 'kz.partnerdesk.app', 'printed');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f)) : [];
};

test('expiring agreements on the start page; register and print a new agreement', { timeout: 240000 }, async () => {
  const driver = await launch(demoDb('agreements'));
  try {
    await (await find(driver, 'nav-start')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('expiring-row'))).length === 1, 'the expiring agreement is not on the start page');
    await screenshot(driver, 'start-ru');

    await (await find(driver, 'nav-agreements')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('agreement-row'))).length === 8, 'the demo agreements are not listed');
    await screenshot(driver, 'agreements-ru');
    await chooseOption(driver, 'filter-status', 'expired');
    await eventually(driver, async () => (await driver.findElements(byTestId('agreement-row'))).length === 1, 'the status filter did not apply');
    await chooseOption(driver, 'filter-status', '');

    // A new agreement for a partner: a draft, then registered with the next number of the year.
    await (await find(driver, 'new-agreement-button')).click();
    await chooseOption(driver, 'field-partner', await firstOptionValue(driver, 'field-partner'));
    await (await find(driver, 'field-partner-number')).sendKeys('77-П');
    await chooseOption(driver, 'field-language', 'kkru');
    await screenshot(driver, 'agreement-form');
    await (await find(driver, 'save-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'agreement-status')).length > 0, 'the new agreement did not open');
    await (await find(driver, 'register-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'agreement-number')).includes('6/2026'), 'the register number was not assigned');
    assert.match(await textOf(driver, 'agreement-number'), /6\/2026 \/ 77-П/);
    await screenshot(driver, 'agreement-page');

    // Print it in Kazakh and Russian: the PDF is written and has both languages and the number.
    const started = Date.now() - 1000;
    await (await find(driver, 'print-button')).click();
    await chooseOption(driver, 'print-lang', 'kkru');
    await (await find(driver, 'print-open')).click();
    const pdf = await eventually(driver, async () => printed().find((f) => fs.statSync(f).mtimeMs >= started), 'no PDF was printed', 30000);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
    for (const want of ['ШАРТ', 'ДОГОВОР', '6/2026 / 77-П', 'Ұйым / Организация', 'М.П.']) {
      assert.ok(text.includes(want), `«${want}» is not in the printed agreement`);
    }
  } finally {
    await driver.quit();
  }
});

test('the organisation profile is edited and kept; bad input is explained', { timeout: 120000 }, async () => {
  const db = demoDb('profile');
  let driver = await launch(db);
  try {
    await (await find(driver, 'nav-profile')).click();
    await retype(driver, 'profile-number-pattern', 'СП/{yyyy}');
    await (await find(driver, 'save-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'field-error-number-pattern')).length > 0, 'a pattern without {n} was not refused');
    await screenshot(driver, 'profile-error');
    await retype(driver, 'profile-number-pattern', 'СП-{n}/{yyyy}');
    // The example is the core's: the year is the core's today's.
    await eventually(driver, async () => /СП-\d+\/2026/.test(await textOf(driver, 'profile-number-example')), 'the number example did not follow the pattern');
    await retype(driver, 'profile-city-kk', 'Қызылжар');
    assert.equal(await (await find(driver, 'profile-city-kk')).getAttribute('value'), 'Қызылжар');
    await (await find(driver, 'save-button')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('toast'))).length > 0, 'the profile was not saved');
  } finally {
    await driver.quit();
  }
  driver = await launch(db);
  try {
    await (await find(driver, 'nav-profile')).click();
    await eventually(driver, async () => (await (await find(driver, 'profile-city-kk')).getAttribute('value')) === 'Қызылжар', 'the profile was not kept');
    assert.equal(await (await find(driver, 'profile-number-pattern')).getAttribute('value'), 'СП-{n}/{yyyy}');
    await screenshot(driver, 'profile');
  } finally {
    await driver.quit();
  }
});

test('a daily backup is listed and restoring it undoes later changes', { timeout: 120000 }, async () => {
  const driver = await launch(demoDb('backups'));
  try {
    // A change after the day's backup, taken when the app started …
    await (await find(driver, 'nav-partners')).click();
    await (await find(driver, 'new-partner-button')).click();
    await (await find(driver, 'field-name')).sendKeys('Будет отменён восстановлением');
    await (await find(driver, 'save-button')).click();
    await find(driver, 'partner-name');
    // … is undone by restoring that backup.
    await (await find(driver, 'nav-backups')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('backup-row'))).length >= 1, 'the daily backup is not listed');
    await screenshot(driver, 'backups');
    await (await driver.findElements(byTestId('backup-restore-button')))[0].click();
    await (await find(driver, 'confirm-ok')).click();
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Главная', 'the app did not reload after the restore');
    await (await find(driver, 'nav-partners')).click();
    await eventually(driver, async () => /\b47\b/.test(await textOf(driver, 'partner-count')), 'the partner added after the backup is still there');
    // The state before the restore was kept as a backup of its own.
    await (await find(driver, 'nav-backups')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('backup-row'))).length >= 2, 'the state before the restore was not kept');
  } finally {
    await driver.quit();
  }
});
