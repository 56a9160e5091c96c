import type { WxtBrowser } from 'wxt/browser';

declare global {
  /**
   * `chrome.*` as the browser tests use it inside page.evaluate() callbacks that run in extension pages (the
   * callbacks are serialized and run there; this only gives them types).
   */
  const chrome: WxtBrowser;
}

export {};
