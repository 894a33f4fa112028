// The installable Debian package, as `npx tauri build` makes it (release): its control fields
// (name, version from Cargo.toml, publisher, description, dependencies on the system WebKit)
// and its contents (the binary, the desktop entry in the Education menu, the icons). Run after
// the build; the path of the .deb comes from PARTNERDESK_DEB or the bundle folder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];

function deb() {
  if (process.env.PARTNERDESK_DEB) return process.env.PARTNERDESK_DEB;
  const dir = path.join(ROOT, 'target/release/bundle/deb');
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.deb')) : [];
  assert.equal(found.length, 1, `one .deb is expected in ${dir}, found: ${found.join(', ') || 'none'}`);
  return path.join(dir, found[0]);
}

const dpkg = (...args) => execFileSync('dpkg-deb', args, { encoding: 'utf8' });

test('the control fields name the app, its version, publisher and what it needs', () => {
  const file = deb();
  assert.equal(path.basename(file), `Partnerdesk_${version}_amd64.deb`);
  const field = (name) => dpkg('--field', file, name).trim();
  assert.equal(field('Package'), 'partnerdesk');
  assert.equal(field('Version'), version);
  assert.equal(field('Architecture'), 'amd64');
  assert.equal(field('Section'), 'education');
  assert.match(field('Maintainer'), /Partnerdesk developers/);
  assert.match(field('Description'), /social partners/i);
  const depends = field('Depends');
  assert.match(depends, /libwebkit2gtk-4\.1-0/);
  assert.match(depends, /libgtk-3-0/);
  const info = dpkg('--info', file);
  assert.match(info, /Installed-Size: \d+/);
});

test('the package holds the binary, the desktop entry in the Education menu and the icons', () => {
  const file = deb();
  // The last column of each line is the path, with or without a leading «./».
  const paths = new Set(dpkg('--contents', file).trim().split('\n').map((l) => l.split(/\s+/).pop().replace(/^\.\//, '')));
  for (const want of ['usr/bin/partnerdesk', 'usr/share/applications/Partnerdesk.desktop', 'usr/share/icons/hicolor/128x128/apps/partnerdesk.png', 'usr/share/icons/hicolor/32x32/apps/partnerdesk.png', 'usr/share/icons/hicolor/512x512/apps/partnerdesk.png']) {
    assert.ok(paths.has(want), `${want} is not in the package: ${[...paths].join(', ')}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-deb-'));
  try {
    dpkg('-x', file, dir);
    const desktop = fs.readFileSync(path.join(dir, 'usr/share/applications/Partnerdesk.desktop'), 'utf8');
    assert.match(desktop, /^Exec=partnerdesk/m);
    assert.match(desktop, /^Categories=Education;?/m);
    assert.match(desktop, /^Icon=partnerdesk/m);
    const binary = fs.statSync(path.join(dir, 'usr/bin/partnerdesk'));
    assert.ok(binary.mode & 0o111, 'the binary is executable');
    // A release build without debug symbols: a few megabytes, not a hundred.
    assert.ok(binary.size < 40 * 1024 * 1024, `the binary is ${binary.size} bytes`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
