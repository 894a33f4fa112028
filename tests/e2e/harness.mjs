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
let driverPort;

/** The folder the app's cache (and so its printed PDFs) goes to during the tests. */
export const CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-e2e-cache-'));
/** The app's settings folder (the window's remembered size and place) during the tests. */
export const CONFIG = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-e2e-config-'));

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

/** A TCP port nobody listens on now. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function startDriver() {
  if (!fs.existsSync(APP)) throw new Error(`The app is not built: ${APP}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // The app inherits this environment: a fixed «today» keeps statuses stable, the printed PDFs
  // go to a cache folder of the tests' own and are «opened» with `true` instead of a viewer
  // nobody would see, and the window's remembered place is the tests' own too.
  const env = { ...process.env, PARTNERDESK_TODAY: TODAY, PARTNERDESK_VIEWER: 'true', XDG_CACHE_HOME: CACHE, XDG_CONFIG_HOME: CONFIG };
  // Ports of our own, so that a stale driver elsewhere can never answer for this one.
  driverPort = await freePort();
  const nativePort = await freePort();
  driverProcess = spawn(tauriDriverPath(), ['--port', String(driverPort), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const died = new Promise((_, reject) => driverProcess.once('exit', (code) => reject(new Error(`tauri-driver exited (${code})`))));
  await Promise.race([waitForPort(driverPort, 20000), died]);
}

/** Stops tauri-driver with SIGTERM (a killed driver orphans WebKitWebDriver and hangs CI),
 * and never waits forever for it. */
export async function stopDriver() {
  const p = driverProcess;
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  const timeout = new Promise((r) => setTimeout(r, 10000).unref());
  await Promise.race([exited, timeout]);
  // An app the driver did not close (one a second launch handed over to, say) would keep the
  // test's output open and the run from ending: only apps on the tests' own files are ended.
  try {
    execFileSync('pkill', ['-TERM', '-f', `${path.basename(APP)} --db ${os.tmpdir()}/partnerdesk-e2e-`]);
  } catch {
    // pkill exits 1 when there was nothing to end.
  }
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
  const driver = await new Builder().usingServer(`http://127.0.0.1:${driverPort}/`).withCapabilities(caps).build();
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
