// Import this FIRST in a test file: it puts WXT's fake browser on globalThis before @wxt-dev/browser (used by
// wxt/utils/storage) reads it at load time. WxtVitest's own setup file does this, but vitest.config.ts's
// `projects` do not run it (globalThis.browser is undefined in the unit project).
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
