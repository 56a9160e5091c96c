import { describe, expect, it } from 'vitest';
import { isClobbered, unclobber, unclobberedCopy } from '../../utils/clobbering';
import { parsePage } from '../helpers/dom';

// Page markup that names elements after the document's or a form's own properties (DOM clobbering) is found, and
// only those names are taken away: the others may be what an ad filter matches.

const page = (body: string) => parsePage(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);

describe('DOM clobbering', () => {
  it('finds no clobbering on a page whose names shadow nothing', () => {
    const doc = page('<img name="photo"><form name="search"><input name="q"><input id="email"></form><iframe name="google_ads_iframe_1"></iframe>');
    expect(isClobbered(doc)).toBe(false);
  });

  it("finds names that shadow the document's properties", () => {
    expect(isClobbered(page('<img name="body">'))).toBe(true);
    expect(isClobbered(page('<form name="querySelectorAll"></form>'))).toBe(true);
    expect(isClobbered(page('<object id="documentElement"></object>'))).toBe(true);
  });

  it("finds form controls and images that shadow the form's properties", () => {
    expect(isClobbered(page('<form><input name="parentNode"></form>'))).toBe(true);
    expect(isClobbered(page('<form><button id="getAttribute"></button></form>'))).toBe(true);
    expect(isClobbered(page('<form><img id="parentElement"></form>'))).toBe(true);
  });

  it('takes away only the names that shadow a property', () => {
    const doc = page('<img name="body"><iframe name="google_ads_iframe_1"></iframe><form name="search"><input name="parentNode"><input name="q"></form>');
    unclobber(doc);
    expect(doc.querySelector('img')!.hasAttribute('name')).toBe(false);
    expect(doc.querySelector('iframe')!.getAttribute('name')).toBe('google_ads_iframe_1');
    expect(doc.querySelector('form')!.getAttribute('name')).toBe('search');
    expect([...doc.querySelectorAll('input')].map((input) => input.getAttribute('name'))).toEqual([null, 'q']);
    expect(isClobbered(doc)).toBe(false);
  });

  it('copies a clobbered page without touching it', () => {
    const doc = page('<img name="body"><p>text</p>');
    const copy = unclobberedCopy(doc);
    expect(isClobbered(copy)).toBe(false);
    expect(copy.body.querySelector('p')!.textContent).toBe('text');
    expect(doc.querySelector('img')!.getAttribute('name')).toBe('body');
  });
});
