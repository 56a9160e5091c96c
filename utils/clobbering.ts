import { builtInGetter, builtInMethod } from './builtins';

/**
 * DOM clobbering: a document exposes embed, form, iframe, img and object elements as its own properties by name
 * (object elements by id too), and a form exposes its controls and images by name and id, over the built-in
 * properties: an `<img name="createElement">` breaks the document for Readability, `<img name="body">` makes
 * document.body that image, and `<form><input name="parentNode">` makes the form its own grandparent, so a walk up
 * the tree never ends. Nothing in the pipeline reads these attributes.
 */
const NAMED_BY_NAME = 'embed[name], form[name], iframe[name], img[name], object[name], input[name], button[name], select[name], textarea[name], fieldset[name], output[name]';
const NAMED_BY_ID = 'object[id], input[id], button[id], select[id], textarea[id], fieldset[id], output[id], form img[id]';

/**
 * Strip the attributes that let page markup shadow the document's and forms' own properties. Only the names that
 * do: others stay, for the ad filters that match them (`iframe[name^="google_ads_iframe"]`).
 */
export function unclobber(doc: Document): void {
  const query = builtInMethod(doc, 'querySelectorAll');
  const documentPrototype = Object.getPrototypeOf(doc) as object;
  const formPrototype = Object.getPrototypeOf(builtInMethod(doc, 'createElement').call(doc, 'form')) as object;
  for (const [selector, attribute] of [[NAMED_BY_NAME, 'name'], [NAMED_BY_ID, 'id']] as const) {
    for (const el of Array.from(query.call(doc, selector))) {
      const value = builtInMethod(el, 'getAttribute').call(el, attribute);
      if (value !== null && (value in documentPrototype || value in formPrototype)) builtInMethod(el, 'removeAttribute').call(el, attribute);
    }
  }
}

/**
 * Whether page markup shadows a built-in property of the document or of one of its forms. Most pages are clean:
 * this reads the document's named properties (its own keys) and only the forms' controls and images, so the page
 * is copied and unclobbered only when it needs to be.
 */
export function isClobbered(doc: Document): boolean {
  const documentPrototype = Object.getPrototypeOf(doc) as object;
  if (Object.getOwnPropertyNames(doc).some((name) => name in documentPrototype)) return true;
  const byTag = builtInMethod(doc, 'getElementsByTagName');
  for (const form of Array.from(byTag.call(doc, 'form')) as HTMLFormElement[]) {
    const formPrototype = Object.getPrototypeOf(form) as object;
    const controls = builtInGetter(form, 'elements').call(form) as HTMLFormControlsCollection;
    const images = builtInMethod(form, 'getElementsByTagName').call(form, 'img');
    for (const el of [...Array.from(controls), ...Array.from(images)]) {
      const read = builtInMethod(el, 'getAttribute');
      for (const attribute of ['name', 'id']) {
        const value = read.call(el, attribute);
        if (value !== null && value in formPrototype) return true;
      }
    }
  }
  return false;
}

/** A copy of the page that markup cannot clobber (the page itself is left as it is). */
export function unclobberedCopy(doc: Document): Document {
  const copy = builtInMethod(doc, 'cloneNode').call(doc, true) as Document;
  unclobber(copy);
  return copy;
}
