// Awards end to end: a nomination with its name declined as it is typed, approved by an order,
// its certificate previewed (the real PDF drawn by pdf.js), printed with the next register
// number, and found in the register.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, chooseOption, demoDb, eventually, find, launch, screenshot, startDriver, stopDriver, textOf, byTestId } from './harness.mjs';

before(startDriver);
after(stopDriver);

const printed = () => {
  const dir = path.join(CACHE, 'kz.partnerdesk.app', 'printed');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f)) : [];
};

test('nominate, approve, preview, print: the register shows the number', { timeout: 240000 }, async () => {
  const driver = await launch(demoDb('awards'));
  try {
    await (await find(driver, 'nav-awards')).click();
    await eventually(driver, async () => (await driver.findElements(byTestId('nomination-row'))).length === 6, 'the demo nominations are not listed');
    await screenshot(driver, 'awards-ru');

    // A person, nominated as the most active parent: the dative appears as the name is typed.
    await (await find(driver, 'new-nomination-button')).click();
    const title = await find(driver, 'field-title');
    const value = await driver.executeScript(
      "return [...arguments[0].options].find((o) => o.textContent.includes('Самый активный родитель'))?.value",
      title,
    );
    await chooseOption(driver, 'field-title', value);
    await (await find(driver, 'field-surname')).sendKeys('Петрова');
    await (await find(driver, 'field-given-name')).sendKeys('Анна');
    await (await find(driver, 'field-patronymic')).sendKeys('Сергеевна');
    await eventually(driver, async () => (await textOf(driver, 'declined-dative')).includes('Петровой Анне Сергеевне'), 'the dative is not shown');
    await (await find(driver, 'field-reason-ru')).sendKeys('за помощь в организации праздников');
    await screenshot(driver, 'nomination-form');
    await (await find(driver, 'save-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'nomination-dative')).includes('Петровой Анне Сергеевне'), 'the nomination page did not open');

    // Approved by an order.
    await (await find(driver, 'approve-button')).click();
    await (await find(driver, 'approve-order-number')).sendKeys('115-П');
    const date = await find(driver, 'approve-order-date');
    await driver.executeScript("arguments[0].value = '2026-11-29'; arguments[0].dispatchEvent(new Event('input', { bubbles: true })); arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", date);
    await (await find(driver, 'approve-submit')).click();
    await eventually(driver, async () => (await textOf(driver, 'nomination-order')).includes('115-П'), 'the order is not shown');

    // The preview is the real PDF, drawn on a canvas: something other than white is painted.
    await (await find(driver, 'preview-certificate-button')).click();
    const canvas = await find(driver, 'preview-canvas', 30000);
    await eventually(driver, async () => driver.executeScript(`
      const c = arguments[0]; if (!c.width || !c.height) return false;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let ink = 0; for (let i = 0; i < d.length; i += 16) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++;
      return ink > 100;`, canvas), 'the preview drew nothing', 30000);
    await screenshot(driver, 'nomination-preview');

    // Printed into one PDF, opened in the viewer: it takes the next number of the register.
    const started = Date.now() - 1000;
    await (await find(driver, 'print-certificates')).click();
    await (await find(driver, 'print-one-file')).click();
    await (await find(driver, 'print-start')).click();
    const pdf = await eventually(driver, async () => printed().find((f) => fs.statSync(f).mtimeMs >= started), 'no certificate was printed', 30000);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
    for (const want of ['БЛАГОДАРСТВЕННОЕ ПИСЬМО', 'Петровой Анне Сергеевне', 'за помощь в организации праздников', '№ 3/2026']) {
      assert.ok(text.includes(want), `«${want}» is not on the printed certificate`);
    }
    await eventually(driver, async () => (await textOf(driver, 'nomination-number')).includes('3/2026'), 'the page does not show the number');

    // The register lists it, and its number checks out.
    await (await find(driver, 'nav-awards')).click();
    await (await find(driver, 'certificate-register-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'page-title')).length > 0 && (await driver.findElements(byTestId('register-row'))).length >= 3, 'the register does not list three certificates');
    await (await find(driver, 'check-certificate-input')).sendKeys('3/2026');
    await (await find(driver, 'check-certificate-button')).click();
    await eventually(driver, async () => (await textOf(driver, 'check-certificate-result')).includes('Петрова Анна Сергеевна'), 'the check did not find the certificate');
    await screenshot(driver, 'register-ru');
  } finally {
    await driver.quit();
  }
});
