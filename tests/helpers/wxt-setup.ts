// WXT's fake browser on globalThis before @wxt-dev/browser (used by wxt/utils/storage) reads it at load time.
// WxtVitest registers the same setup file, but vitest `projects` do not inherit it, so each project names this one.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
