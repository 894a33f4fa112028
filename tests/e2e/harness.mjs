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
export const TODAY = '2026-11-29';
export const CLI = path.join(path.dirname(APP), 'partnerdesk-cli');

/** A database filled by the CLI's `demo` (partners, the profile, agreements around TODAY). */
export function demoDb(name) {
  const db = tempDb(name);
  execFileSync(CLI, ['demo', '--db', db], { env: { ...process.env, PARTNERDESK_TODAY: TODAY } });
  return db;
}

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
  // The app inherits this environment: a fixed «today» keeps statuses stable, and the printed
  // PDFs are «opened» with `true` instead of a viewer nobody would see.
  const env = { ...process.env, PARTNERDESK_TODAY: TODAY, PARTNERDESK_VIEWER: 'true' };
  driverProcess = spawn(tauriDriverPath(), [], { stdio: ['ignore', 'ignore', 'inherit'], env });
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
  try {
    return await driver.wait(async () => {
      try { return await fn(); } catch { return false; }
    }, ms, message);
  } catch (e) {
    // What the screen showed when it failed, for the person reading the failure.
    await screenshot(driver, `failed-${message.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`).catch(() => {});
    throw e;
  }
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

/** Chooses an option of a native select as a person would: by its value, with the change
 * event the UI listens to (clicking an <option> inside an <optgroup> is unreliable in
 * WebKitWebDriver). */
export async function chooseOption(driver, selectId, value) {
  const select = await find(driver, selectId);
  await select.findElement(By.css(`option[value="${value}"]`));
  await driver.executeScript(
    `const s = arguments[0]; s.value = arguments[1];
     s.dispatchEvent(new Event('input', { bubbles: true }));
     s.dispatchEvent(new Event('change', { bubbles: true }));`,
    select, value,
  );
}

/** The value of the first option that has one (not the «choose …» placeholder). */
export async function firstOptionValue(driver, selectId) {
  const select = await find(driver, selectId);
  return driver.executeScript(`return [...arguments[0].options].find((o) => o.value && !o.disabled && o.value !== '0')?.value`, select);
}

/** The whole text content of an element, including text the UI shows cut with an ellipsis. */
export async function contentOf(driver, el) {
  return driver.executeScript('return arguments[0].textContent', el);
}
