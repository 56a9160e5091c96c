// The one stylesheet auto-clean adds to a live page. Hiding is done by CSS, so the page's own scripts still find
// every node they put there (deleting ad slots breaks many pages), and "show original" is one switch.

export interface HidingSheet {
  setEnabled(enabled: boolean): void;
  readonly enabled: boolean;
  remove(): void;
}

function cssFor(attribute: string): string {
  return `[${attribute}] { display: none !important; }`;
}

/**
 * A constructed stylesheet adopted by the document (the page's CSP does not apply to it and its markup does not
 * show it); a <style> element where adopting is not possible (e.g. Firefox's content-script wrappers).
 */
export function installHidingSheet(doc: Document, attribute: string): HidingSheet {
  const css = cssFor(attribute);
  const win = doc.defaultView;
  try {
    if (!win || !('adoptedStyleSheets' in doc)) throw new Error('no constructable stylesheets');
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      setEnabled: (on) => void (sheet.disabled = !on),
      get enabled() {
        return !sheet.disabled;
      },
      remove: () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)),
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    let on = true;
    const apply = () => {
      if (style.sheet) style.sheet.disabled = !on;
      // A page that rebuilds <head> may drop the element: put it back.
      if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
    };
    return {
      setEnabled: (value) => {
        on = value;
        apply();
      },
      get enabled() {
        return on;
      },
      remove: () => style.remove(),
    };
  }
}
