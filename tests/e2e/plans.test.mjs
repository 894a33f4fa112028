// The yearly plan end to end: a new plan gets a row with an activity through the inline
// editor, is printed (the PDF has the row under its heading), the activity is marked as held
// and the plan's fulfilment changes; the start page, calendar and reports show the demo year.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Key } from 'selenium-webdriver';
import {
  byTestId, CACHE, chooseOption, eventually, find, launch, demoDb, screenshot, startDriver, stopDriver, textOf,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

const printed = () => {
  const dir = path.join(CACHE, 'kz.partnerdesk.app', 'printed');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f)) : [];
};

test('create a plan, add a row, print it, mark the activity as held: fulfilment changes', { timeout: 300000 }, async () => {
  const driver = await launch(demoDb('plans'));
  try {
    // The demo school year's plan is listed; a new calendar-year plan is made beside it.
    await (await find(driver, 'nav-plans')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('plan-list-row'))).length === 1, 'the demo plan is not listed');
    await screenshot(driver, 'plans-ru');
    await (await find(driver, 'new-plan-button')).click();
    await chooseOption(driver, 'plan-new-kind', 'calendar');
    const year = await find(driver, 'plan-new-year');
    await year.clear();
    await year.sendKeys('2026');
    await (await find(driver, 'plan-new-create')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('plan-row-add'))).length === 1, 'the new plan did not open');
    assert.equal(await (await find(driver, 'plan-fulfilment')).getAttribute('data-expected'), '0');

    // A row: the partner found by typing, a goal, one activity in November.
    await (await find(driver, 'plan-row-add')).click();
    await find(driver, 'plan-row-editor');
    await (await find(driver, 'row-partner')).sendKeys('Солнышко');
    await (await find(driver, 'partner-option')).click();
    await (await find(driver, 'row-goal')).sendKeys('Преемственность детский сад — центр');
    await (await find(driver, 'activity-title')).sendKeys('Экскурсия в мини-зоопарк «Жануарлар әлемі»');
    await chooseOption(driver, 'period-kind', 'months');
    await (await find(driver, 'period-month-11')).click();
    await screenshot(driver, 'plan-row-editor');
    // Ctrl+Enter saves, as the hint says.
    await (await find(driver, 'row-goal')).sendKeys(Key.chord(Key.CONTROL, Key.ENTER));
    await eventually(driver, async () => (await driver.findElements(byTestId('plan-row'))).length === 1, 'the row was not saved');
    assert.match(await textOf(driver, 'plan-table'), /Образовательные организации/);
    await eventually(driver, async () => (await (await find(driver, 'plan-fulfilment')).getAttribute('data-expected')) === '1', 'the activity is not expected once');
    assert.equal(await (await find(driver, 'plan-fulfilment')).getAttribute('data-held'), '0');
    await eventually(driver, async () => (await (await find(driver, 'activity-status')).getAttribute('data-status')) === 'due', 'November is not due on 29 November');
    await screenshot(driver, 'plan-page-ru');

    // Print in Russian without the social effect: the PDF has the title, heading and row.
    const started = Date.now() - 1000;
    await (await find(driver, 'plan-print-button')).click();
    await chooseOption(driver, 'plan-print-lang', 'ru');
    await (await find(driver, 'plan-print-column-social-effect')).click();
    await (await find(driver, 'plan-print-open')).click();
    const pdf = await eventually(driver, async () => printed().find((f) => fs.statSync(f).mtimeMs >= started), 'no plan PDF was printed', 30000);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
    for (const want of ['УТВЕРЖДАЮ', 'Комплексный план работы с социальными партнёрами на 2026 год', 'Образовательные организации:', 'Солнышко', 'Жануарлар әлемі', 'Ноябрь']) {
      assert.ok(text.includes(want), `«${want}» is not in the printed plan`);
    }
    assert.ok(!text.includes('Ожидаемый социальный эффект'), 'a column left out was printed');

    // Mark as held: the event form comes prefilled; saving returns to the plan, now fulfilled.
    await (await find(driver, 'activity-mark-held')).click();
    const held = await find(driver, 'field-held-on');
    assert.equal(await held.getAttribute('value'), '2026-11-29');
    await (await find(driver, 'field-children')).sendKeys('24');
    await (await find(driver, 'field-parents')).sendKeys('5');
    await screenshot(driver, 'event-form');
    await (await find(driver, 'save-button')).click();
    await eventually(driver, async () => (await (await find(driver, 'plan-fulfilment')).getAttribute('data-held')) === '1', 'fulfilment did not change after marking as held');
    assert.match(await textOf(driver, 'plan-fulfilment-percent'), /100/);
    assert.equal(await (await find(driver, 'activity-status')).getAttribute('data-status'), 'done');
    await screenshot(driver, 'plan-page-held');

    // The event is in the month's report.
    await (await find(driver, 'nav-reports')).click();
    await eventually(driver, async () => {
      const lines = await driver.findElements(byTestId('report-line'));
      for (const l of lines) if ((await l.getText()).includes('Жануарлар әлемі')) return true;
      return false;
    }, 'the event is not in November\'s report');
    await screenshot(driver, 'reports-ru');
  } finally {
    await driver.quit();
  }
});

test('the start page lists overdue and this month\'s activities; the calendar shows the month', { timeout: 120000 }, async () => {
  const driver = await launch(demoDb('plan-start'));
  try {
    await (await find(driver, 'nav-start')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('due-overdue-row'))).length + (await driver.findElements(byTestId('due-month-row'))).length > 0, 'no planned activities on the start page');
    await screenshot(driver, 'start-plan-ru');
    await (await find(driver, 'nav-calendar')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('calendar-event'))).length >= 4, 'November\'s events are not in the calendar');
    await screenshot(driver, 'calendar-ru');
    await (await find(driver, 'nav-events')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('event-row'))).length > 0, 'no events listed');
    await screenshot(driver, 'events-ru');
  } finally {
    await driver.quit();
  }
});
