import { JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { DETECTOR_SCRIPT, readDetector } from '../fixtures/hostile/markers';

// A stand-in for the popup / reader page in jsdom: scripts enabled, alert & co. replaced by recorders, every fetch
// recorded, script errors counted (a payload that runs and throws still ran). Insertion is what the views do:
// markup that came out of sanitizeHtml goes into an element's innerHTML (Preact's dangerouslySetInnerHTML).

export const DISPLAY_URL = 'https://popup.broadsheet.test/popup.html';

/** Events dispatched on every inserted element, so that any surviving inline handler gets its chance to run. */
const PROBE_EVENTS = [
  'load', 'error', 'click', 'dblclick', 'auxclick', 'contextmenu', 'mouseover', 'mouseenter', 'mouseout', 'mouseleave',
  'mousedown', 'mouseup', 'mousemove', 'pointerover', 'pointerdown', 'pointerup', 'pointerenter', 'focus', 'blur',
  'focusin', 'focusout', 'input', 'change', 'submit', 'reset', 'invalid', 'select', 'toggle', 'beforetoggle',
  'animationstart', 'animationend', 'animationiteration', 'transitionend', 'transitionstart', 'keydown', 'keyup',
  'keypress', 'wheel', 'scroll', 'copy', 'cut', 'paste', 'drag', 'dragstart', 'dragend', 'drop', 'play', 'playing',
  'canplay', 'loadstart', 'loadeddata', 'begin', 'end', 'repeat', 'show', 'search', 'beforeinput', 'readystatechange',
];

/** Fetches that jsdom would make for the displayed markup (stylesheets, scripts, frames): recorded, answered empty. */
function recordingResources(urls: string[]) {
  return {
    interceptors: [
      requestInterceptor((request) => {
        urls.push(request.url);
        return new Response('', { status: 200, headers: { 'content-type': 'text/plain' } });
      }),
    ],
  };
}

export interface Display {
  window: Window & typeof globalThis;
  document: Document;
  /** The element page markup goes into. */
  container: HTMLElement;
  /** Script errors and alert-like calls seen so far (empty: nothing ran). */
  ran(): string[];
  /** URLs the page tried to fetch. */
  fetched(): string[];
  close(): void;
}

function recordingConsole(errors: string[]): VirtualConsole {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error: Error & { type?: string }) => {
    // An uncaught exception means some script ran; a "not implemented" alert/print is a payload in a child frame.
    if (error.type === 'unhandled-exception') errors.push(`script error: ${error.message}`);
    else if (/alert|confirm|prompt|print/i.test(error.message)) errors.push(`frame dialog: ${error.message}`);
  });
  return virtualConsole;
}

/** A fresh display page: scripts on, detector installed before anything else. */
export function createDisplay(): Display {
  const errors: string[] = [];
  const urls: string[] = [];
  const dom = new JSDOM(`<!doctype html><html><head><script>${DETECTOR_SCRIPT}</script></head><body><main id="view"></main></body></html>`, {
    url: DISPLAY_URL,
    runScripts: 'dangerously',
    resources: recordingResources(urls),
    virtualConsole: recordingConsole(errors),
  });
  const window = dom.window as unknown as Window & typeof globalThis;
  return {
    window,
    document: window.document,
    container: window.document.getElementById('view')!,
    ran: () => [...readDetector(window), ...errors],
    fetched: () => [...urls],
    close: () => window.close(),
  };
}

/** Put markup into the display the way the views do, then poke every element: events, link clicks. */
export function insertAndProbe(display: Display, html: string): void {
  const { container, window } = display;
  // The views' one sink: a string that just came out of sanitizeHtml (or, for the control run, the raw payload).
  container.innerHTML = html;
  probe(container, window);
}

export function probe(root: Element, window: Window & typeof globalThis): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const types = new Set(PROBE_EVENTS);
    for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) types.add(attr.name.slice(2).toLowerCase());
    for (const type of types) {
      try {
        el.dispatchEvent(new window.Event(type, { bubbles: false, cancelable: true }));
      } catch {
        // a handler that throws is recorded by the virtual console
      }
    }
    // Following a link is how javascript: URLs run.
    if ((el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href')) {
      try {
        (el as HTMLElement).click();
      } catch {
        // recorded by the virtual console
      }
    }
  }
}

/**
 * The markup parsed as a whole page body with scripts on (the other way markup is "rendered"): a <script> or
 * body onload that survived sanitizing runs here, while innerHTML never runs <script>.
 */
export function renderAsPage(html: string): Display {
  const errors: string[] = [];
  const urls: string[] = [];
  const dom = new JSDOM(`<!doctype html><html><head><script>${DETECTOR_SCRIPT}</script></head><body>${html}</body></html>`, {
    url: DISPLAY_URL,
    runScripts: 'dangerously',
    resources: recordingResources(urls),
    virtualConsole: recordingConsole(errors),
  });
  const window = dom.window as unknown as Window & typeof globalThis;
  probe(window.document.body, window);
  return {
    window,
    document: window.document,
    container: window.document.body,
    ran: () => [...readDetector(window), ...errors],
    fetched: () => [...urls],
    close: () => window.close(),
  };
}

/** Let timers, load events and frame scripts run. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
