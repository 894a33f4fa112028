// Drives the real built app through tauri-driver (which starts WebKitWebDriver) under the
// display the test command provides (xvfb-run). Each session gets its own database file.

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';

const root = path.resolve(import.meta.dirname, '../..');
export const APP = process.env.PARTNERDESK_APP ?? path.join(root, 'target/debug/partnerdesk');
export const ARTIFACTS = path.join(import.meta.dirname, 'artifacts');

let driverProcess;

function tauriDriverPath() {
  try {
    return execFileSync('sh', ['-c', 'command -v tauri-driver'], { encoding: 'utf8' }).trim();
  } catch {
    return path.join(os.homedir(), '.cargo/bin/tauri-driver');
  }
}

async function waitForPort(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

export async function startDriver() {
  if (!fs.existsSync(APP)) throw new Error(`The app is not built: ${APP}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  driverProcess = spawn(tauriDriverPath(), [], { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForPort(4444, 20000);
}

/** Stops tauri-driver with SIGTERM (a killed driver orphans WebKitWebDriver and hangs CI). */
export async function stopDriver() {
  if (!driverProcess) return;
  const exited = new Promise((r) => driverProcess.once('exit', r));
  driverProcess.kill('SIGTERM');
  await exited;
}

export function tempDb(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-e2e-'));
  return path.join(dir, `${name}.sqlite3`);
}

/** Starts the app on `db` and returns the WebDriver session. */
export async function launch(db) {
  const caps = {
    browserName: 'wry',
    'tauri:options': { application: APP, args: ['--db', db] },
  };
  const driver = await new Builder().usingServer('http://127.0.0.1:4444/').withCapabilities(caps).build();
  await driver.manage().setTimeouts({ implicit: 0 });
  return driver;
}

export const byTestId = (id) => By.css(`[data-testid="${id}"]`);

export async function find(driver, id, ms = 15000) {
  const el = await driver.wait(until.elementLocated(byTestId(id)), ms, `no [data-testid=${id}]`);
  await driver.wait(until.elementIsVisible(el), ms, `[data-testid=${id}] is not visible`);
  return el;
}

/** The text of an element, retried while the UI re-renders it (stale references). */
export async function textOf(driver, id) {
  let text;
  await eventually(driver, async () => {
    text = (await (await find(driver, id)).getText()).trim();
    return true;
  }, `cannot read [data-testid=${id}]`);
  return text;
}

/** Waits until `fn` returns a truthy value. */
export async function eventually(driver, fn, message, ms = 15000) {
  return driver.wait(async () => {
    try { return await fn(); } catch { return false; }
  }, ms, message);
}

export async function rows(driver) {
  return driver.findElements(byTestId('partner-row'));
}

/** Saves a screenshot for a person to look at (not asserted). WebKitWebDriver may return the
 * previous frame right after a change, so let the page paint first. */
export async function screenshot(driver, name) {
  await driver.sleep(400);
  const png = await driver.takeScreenshot();
  fs.writeFileSync(path.join(ARTIFACTS, `${name}.png`), png, 'base64');
}

export async function chooseOption(driver, selectId, value) {
  const select = await find(driver, selectId);
  await select.findElement(By.css(`option[value="${value}"]`)).click();
}

/** The whole text content of an element, including text the UI shows cut with an ellipsis. */
export async function contentOf(driver, el) {
  return driver.executeScript('return arguments[0].textContent', el);
}
