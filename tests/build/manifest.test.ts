import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, readContentScriptSizes } from '../../bench/build-info';
import { CONTENT_SCRIPT_FILES } from '../../utils/autoclean/constants';
import { BUILD_TIMEOUT_MS, chromeBuild, firefoxBuild, ROOT } from './built';

// What the stores review: the permissions we ask for, no remote code, icons, and a Firefox build with a gecko id.
// The Firefox build is made here, so its content-script budget is checked here too (bundle-size.test.ts checks
// Chrome's without building twice).

type Manifest = Record<string, any>;

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

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
  let firefoxDir: string;
  beforeAll(() => {
    chrome = readManifest(chromeBuild());
    firefoxDir = firefoxBuild();
    firefox = readManifest(firefoxDir);
  }, 2 * BUILD_TIMEOUT_MS);

  it('Chrome MV3 asks only for what it needs', () => {
    commonChecks(chrome, join(ROOT, '.output/chrome-mv3'));
    expect(chrome.background?.service_worker).toBeTruthy();
  });

  it('Firefox MV3 builds with a gecko id and the same permissions', () => {
    commonChecks(firefox, join(ROOT, '.output/firefox-mv3'));
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(firefox.background?.scripts?.length ?? 0).toBeGreaterThan(0);
  });

  it(`Firefox content scripts stay under ${CONTENT_SCRIPT_BUDGET_BYTES} bytes gzipped`, () => {
    const sizes = readContentScriptSizes(firefoxDir);
    expect(sizes.map((s) => s.file)).toEqual(expect.arrayContaining([...CONTENT_SCRIPT_FILES]));
    for (const { file, gzipBytes } of sizes) expect(gzipBytes, file).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });

  it('ships no remote code: no script loaded from the network in any built file', () => {
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
      const grep = spawnSync('grep', ['-rlE', '<script[^>]+src="https?:|importScripts\\(["\']https?:', join(ROOT, dir)], { encoding: 'utf8' });
      expect(grep.status, grep.stdout).toBe(1); // grep's "no match"

    }
  });
});
