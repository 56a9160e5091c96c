import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// What the stores review: the permissions we ask for, no remote code, icons, and a Firefox build with a gecko id.

const ROOT = resolve(import.meta.dirname, '../..');
type Manifest = Record<string, any>;

function buildFirefox(): Manifest {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  return JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8'));
}

const REQUIRED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const ICON_SIZES = ['16', '32', '48', '128'];

function commonChecks(manifest: Manifest, dir: string) {
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(REQUIRED_PERMISSIONS);
  // No host permission by default: sites are granted one by one from the user's click.
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect([...manifest.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:\/\//);
  for (const size of ICON_SIZES) {
    expect(manifest.icons?.[size], `icon ${size}`).toBeTruthy();
    expect(existsSync(join(dir, manifest.icons[size])), `icon file ${size}`).toBe(true);
  }
  expect(manifest.action?.default_popup).toBeTruthy();
  expect(manifest.options_ui?.page ?? manifest.options_page).toBeTruthy();
  expect(Object.keys(manifest.commands ?? {}).length).toBeGreaterThan(0);
}

describe('built manifests', () => {
  let chrome: Manifest;
  let firefox: Manifest;
  beforeAll(() => {
    // The Chrome build is the one `npm run build` made (the browser tests load it: never rebuilt under them).
    const chromeManifest = join(ROOT, '.output/chrome-mv3/manifest.json');
    if (!existsSync(chromeManifest)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
    chrome = JSON.parse(readFileSync(chromeManifest, 'utf8'));
    firefox = buildFirefox();
  }, 240_000);

  it('Chrome MV3 asks only for what it needs', () => {
    commonChecks(chrome, join(ROOT, '.output/chrome-mv3'));
    expect(chrome.background?.service_worker).toBeTruthy();
  });

  it('Firefox MV3 builds with a gecko id and the same permissions', () => {
    commonChecks(firefox, join(ROOT, '.output/firefox-mv3'));
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(firefox.background?.scripts?.length ?? 0).toBeGreaterThan(0);
  });

  it('ships no remote code: no script loaded from the network in any built file', () => {
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
      const grep = spawnSync('grep', ['-rlE', '<script[^>]+src="https?:|importScripts\\(["\']https?:', join(ROOT, dir)], { encoding: 'utf8' });
      expect(grep.status, grep.stdout).toBe(1); // grep's "no match"

    }
  });
});
