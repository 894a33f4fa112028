// The start page as a dashboard over the demo register on 29 November 2026: every «needs
// attention» list has the demo's items, the four charts drew bars, the page reads in Russian,
// Kazakh and English, and an expiring agreement opens with one click. The album of cooperation
// is printed from the reports page.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  byTestId, CACHE, chooseOption, contentOf, eventually, find, launch, demoDb, screenshot, startDriver, stopDriver, textOf,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

const printed = () => {
  const dir = path.join(CACHE, 'kz.partnerdesk.app', 'printed');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f)) : [];
};

const CHARTS = ['chart-months', 'chart-categories', 'chart-fulfilment', 'chart-participants'];

/** The values of the bars a chart drew. */
async function barValues(driver, chart) {
  const el = await find(driver, chart);
  const bars = await el.findElements(byTestId('chart-bar'));
  return Promise.all(bars.map(async (b) => Number(await b.getAttribute('data-value'))));
}

/** Shows the year's charts (below the lists) for a screenshot. */
async function scrollToCharts(driver) {
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'start' })", await find(driver, 'start-year'));
}

async function scrollToTop(driver) {
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'end' })", await find(driver, 'page-title'));
}

test('the dashboard lists what needs attention and draws the year; an expiring agreement opens in one click', { timeout: 240000 }, async () => {
  const driver = await launch(demoDb('dashboard'));
  try {
    await (await find(driver, 'nav-start')).click();

    // Needs attention today: the demo's agreement ending in 20 days, the September activity
    // left undone, November's «Подари тепло», and the two nominations approved by order 112-П.
    await eventually(driver, async () => (await driver.findElements(byTestId('expiring-row'))).length === 1, 'the expiring agreement is not listed');
    const overdue = await driver.findElements(byTestId('due-overdue-row'));
    assert.ok(overdue.length >= 1, 'no overdue activity');
    assert.ok((await contentOf(driver, overdue[0])).includes('Дорога в школу'), 'the overdue activity is not the demo’s');
    const month = await driver.findElements(byTestId('due-month-row'));
    assert.ok(month.length >= 1, 'nothing due this month');
    assert.ok((await contentOf(driver, month[0])).includes('Подари тепло'), 'this month’s activity is not the demo’s');
    const unprinted = await driver.findElements(byTestId('unprinted-row'));
    assert.equal(unprinted.length, 2, 'the approved, unprinted nominations are not both listed');
    const nominees = (await Promise.all(unprinted.map((r) => contentOf(driver, r)))).join(' ');
    for (const name of ['Ахметов', 'Иванова']) assert.ok(nominees.includes(name), `${name} is not among the unprinted`);
    for (const empty of ['overdue-empty', 'month-empty', 'expiring-empty', 'unprinted-empty']) {
      assert.equal((await driver.findElements(byTestId(empty))).length, 0, `${empty} is shown over demo data`);
    }

    // The year at a glance: each chart drew bars, some of them not zero.
    for (const chart of CHARTS) {
      await eventually(driver, async () => (await barValues(driver, chart)).some((v) => v > 0), `${chart} has no bar above zero`);
    }
    assert.match(await textOf(driver, 'start-figure-fulfilment'), /%/);
    assert.equal(await (await find(driver, 'start-period')).getAttribute('value'), '2026-2027');
    await screenshot(driver, 'dashboard-ru');
    await scrollToCharts(driver);
    await screenshot(driver, 'dashboard-charts-ru');

    // The same page in Kazakh and English, switched where the user switches it.
    await scrollToTop(driver);
    await chooseOption(driver, 'lang-select', 'kk');
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Басты бет', 'the page did not switch to Kazakh');
    assert.match(await textOf(driver, 'chart-participants'), /Балалар/);
    await screenshot(driver, 'dashboard-kk');
    await scrollToCharts(driver);
    await screenshot(driver, 'dashboard-charts-kk');

    await scrollToTop(driver);
    await chooseOption(driver, 'lang-select', 'en');
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Start', 'the page did not switch to English');
    assert.match(await textOf(driver, 'chart-months'), /Oct/);
    await screenshot(driver, 'dashboard-en');
    await scrollToCharts(driver);
    await screenshot(driver, 'dashboard-charts-en');

    // One click on the expiring agreement opens its page.
    await scrollToTop(driver);
    await chooseOption(driver, 'lang-select', 'ru');
    await eventually(driver, async () => (await textOf(driver, 'page-title')) === 'Главная', 'the page did not switch back to Russian');
    await (await find(driver, 'expiring-row')).click();
    await eventually(driver, async () => (await textOf(driver, 'agreement-status')).length > 0, 'the agreement did not open');
    assert.match(await textOf(driver, 'agreement-number'), /\/2025/);
  } finally {
    await driver.quit();
  }
});

test('the album of cooperation of the summary’s period opens as PDF, grouped by partner', { timeout: 180000 }, async () => {
  const driver = await launch(demoDb('album'));
  try {
    await (await find(driver, 'nav-reports')).click();
    await (await find(driver, 'reports-tab-year')).click();
    await find(driver, 'album');
    await chooseOption(driver, 'album-order', 'by-partner');
    await chooseOption(driver, 'album-lang', 'ru');
    await screenshot(driver, 'album-ru');
    const started = Date.now() - 1000;
    await (await find(driver, 'album-open')).click();
    const pdf = await eventually(driver, async () => printed().find((f) => fs.statSync(f).mtimeMs >= started), 'no album PDF was printed', 60000);
    assert.equal((await driver.findElements(byTestId('album-error'))).length, 0, 'the album reported an error');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
    for (const want of ['Альбом сотрудничества', '2026–2027', 'Папа, мама, я']) {
      assert.ok(text.includes(want), `«${want}» is not in the album`);
    }
  } finally {
    await driver.quit();
  }
});
