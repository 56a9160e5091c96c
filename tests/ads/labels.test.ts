import { describe, expect, it } from 'vitest';
import { AD_LABELS, MAX_LABEL_CHARS } from '../../utils/ads/ad-labels';
import { adLabelLines, isAdLabel, mayBeInAdLabel, normalizeLabelText } from '../../utils/ads/labels';
import { stripAds } from '../../utils/ads/strip';
import { parsePage } from '../helpers/dom';

/** A paragraph long enough to count as story text. */
const PROSE =
  'The council voted on Tuesday to extend the tram line to the airport, a project first proposed a decade ago and ' +
  'delayed twice by disputes over its cost and route through the old town.';

function page(inner: string): Document {
  return parsePage(`<!doctype html><html><body><article><h1>Tram line extended</h1><p>${PROSE}</p>${inner}<p>${PROSE}</p></article></body></html>`);
}

const bodyText = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ');

describe('isAdLabel', () => {
  it.each(AD_LABELS)('recognises the label %s, in any case and with stray punctuation', (label) => {
    expect(isAdLabel(label)).toBe(true);
    expect(isAdLabel(label.toUpperCase())).toBe(true);
    expect(isAdLabel(`  - ${label.toLowerCase()} -  `)).toBe(true);
    expect(isAdLabel(`${label}:`)).toBe(true);
  });

  it('recognises a run of labels and accent-less capitals', () => {
    expect(isAdLabel('Advertisement - Scroll to continue')).toBe(true);
    expect(isAdLabel('ADVERTISEMENT · Skip advertisement')).toBe(true);
    expect(isAdLabel('PUBLICITE')).toBe(true);
    expect(isAdLabel('Ａｄｖｅｒｔｉｓｅｍｅｎｔ')).toBe(true); // full-width forms
  });

  it('rejects prose that merely uses the word', () => {
    expect(isAdLabel('The advertisement ran for three weeks before it was withdrawn.')).toBe(false);
    expect(isAdLabel('Advertisement revenue fell')).toBe(false);
    expect(isAdLabel('Sponsored by the city council')).toBe(false);
    expect(isAdLabel('Ad hoc')).toBe(false);
    expect(isAdLabel('')).toBe(false);
    expect(isAdLabel('   ')).toBe(false);
  });

  it('rejects long runs and long texts', () => {
    expect(isAdLabel('Advertisement Advertisement Advertisement Advertisement')).toBe(false);
    expect(isAdLabel(`Advertisement ${'x'.repeat(MAX_LABEL_CHARS)}`)).toBe(false);
  });

  it('normalizes case, accents and punctuation the same way on both sides', () => {
    expect(normalizeLabelText('  Publicité!! ')).toBe(normalizeLabelText('PUBLICITE'));
    expect(normalizeLabelText("L'article continue")).toBe('l article continue');
  });
});

describe('adLabelLines', () => {
  it('returns only the lines that are whole labels', () => {
    const text = `First paragraph about advertisement budgets.\n\nAdvertisement\n\nSecond paragraph.\n  Anzeige  \nStory continues below advertisement`;
    expect(adLabelLines(text)).toEqual(['Advertisement', 'Anzeige', 'Story continues below advertisement']);
    expect(adLabelLines('No labels here.\nJust prose about ads and sponsors.')).toEqual([]);
  });
});

describe('stripAds label rules', () => {
  it.each(AD_LABELS)('removes a block whose whole text is %s', (label) => {
    const doc = page(`<div class="slot"><span>${label}</span></div>`);
    const removed = stripAds(doc, []);
    expect(removed.some((r) => r.stage === 'labels')).toBe(true);
    expect(adLabelLines(doc.body.textContent ?? '')).toEqual([]);
    expect(bodyText(doc)).toContain(PROSE);
  });

  it('keeps a paragraph that contains the word in prose, and the inline word inside a sentence', () => {
    const sentence = 'The agency said the advertisement was misleading and ordered it withdrawn from every station.';
    const doc = page(`<p>${sentence}</p><p>Readers can flag any <span>Advertisement</span> they find offensive.</p>`);
    const removed = stripAds(doc, []);
    expect(removed).toEqual([]);
    expect(bodyText(doc)).toContain(sentence);
    expect(bodyText(doc)).toContain('Readers can flag any Advertisement they find offensive.');
  });

  it('removes the label with its wrapper when the rest of the wrapper is an empty slot', () => {
    const doc = page(
      '<div class="ad-wrap" id="w"><p class="label">Advertisement</p><div id="slot-1"><iframe src="about:blank"></iframe></div><img src="pixel.gif" alt=""></div>',
    );
    const removed = stripAds(doc, []);
    expect(doc.getElementById('w')).toBeNull();
    expect(doc.getElementById('slot-1')).toBeNull();
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ stage: 'labels', reason: 'ad label and its empty slot' });
    expect(removed[0]!.what).toContain('div#w');
  });

  it('stops at a wrapper that holds other text, and at one above the size cap', () => {
    const doc = page('<div id="card"><span id="tag">Sponsored</span><h3>Ten cheap flights this winter</h3></div>');
    stripAds(doc, []);
    expect(doc.getElementById('tag')).toBeNull();
    expect(doc.getElementById('card')).not.toBeNull();
    expect(bodyText(doc)).toContain('Ten cheap flights this winter');

    const many = '<div></div>'.repeat(60);
    const big = page(`<div id="big"><div id="label">Advertisement</div>${many}</div>`);
    stripAds(big, []);
    expect(big.getElementById('label')).toBeNull();
    expect(big.getElementById('big')).not.toBeNull();
  });

  it('never climbs into a wrapper holding media or a gallery', () => {
    const doc = page('<div id="gallery"><div id="l">Advertisement</div><img src="a.jpg"><img src="b.jpg"></div><div id="v"><span id="l2">Ad</span><video></video></div>');
    stripAds(doc, []);
    expect(doc.getElementById('gallery')).not.toBeNull();
    expect(doc.getElementById('v')).not.toBeNull();
    expect(doc.getElementById('l')).toBeNull();
    expect(doc.getElementById('l2')).toBeNull();
  });

  it('returns nothing for a document without a body', () => {
    const doc = parsePage('<html><body></body></html>');
    doc.documentElement.removeChild(doc.body);
    expect(stripAds(doc, ['.ad'])).toEqual([]);
  });
});

describe('mayBeInAdLabel (the cheap text-node test before a parent is read)', () => {
  it.each(AD_LABELS)('lets every piece of the label %s through, however the label is split into text nodes', (label) => {
    // Every split point of the label: both pieces must pass, or the label would be missed.
    for (let i = 1; i < label.length; i++) {
      expect(mayBeInAdLabel(label.slice(0, i)), `${label.slice(0, i)}|`).toBe(true);
      expect(mayBeInAdLabel(label.slice(i)), `|${label.slice(i)}`).toBe(true);
    }
    expect(mayBeInAdLabel(label.toUpperCase())).toBe(true);
  });

  it('stops story text, including a sentence that mentions advertising', () => {
    expect(mayBeInAdLabel(PROSE)).toBe(false);
    expect(mayBeInAdLabel('The advertisement ran for three weeks')).toBe(false);
    expect(mayBeInAdLabel('Photo: Fabrice Coffrini')).toBe(false);
  });

  it('still finds a label split over several elements', () => {
    const doc = page('<div id="l"><span>Story continues</span> <b>below</b> advertisement</div>');
    stripAds(doc, []);
    expect(doc.getElementById('l')).toBeNull();
    expect(bodyText(doc)).toContain('Tram line extended');
  });
});
