import { describe, expect, it } from 'vitest';
import { complexCompounds, compoundNeeds, compoundTag, hasArgumentCompounds, parseStyleBlocks, splitSelectorList, subjectCompound } from '../../utils/ads/css';

describe('reading the engine\'s CSS', () => {
  it('splits blocks and selector lists without breaking quoted or nested commas and braces', () => {
    const css = '.a,\nb[x="{,}"],\n:is(.c, .d) > e { display: none !important; }\n\n.f { color: red }\n[s1] { display: none !important; }';
    expect(parseStyleBlocks(css)).toEqual([
      { selectors: ['.a', 'b[x="{,}"]', ':is(.c, .d) > e'], style: 'display: none !important;' },
      { selectors: ['.f'], style: 'color: red' },
      { selectors: ['[s1]'], style: 'display: none !important;' },
    ]);
    expect(parseStyleBlocks('.a { unclosed')).toEqual([]);
    expect(splitSelectorList("a[title='x, y'], .b ,, .c\\,d")).toEqual(["a[title='x, y']", '.b', '.c\\,d']);
  });

  it('finds the subject compound and its tag', () => {
    expect(subjectCompound('div.wrap > .ad')).toBe('.ad');
    expect(subjectCompound('a ~ b + c.d')).toBe('c.d');
    expect(subjectCompound('div:has(> .ad) span')).toBe('span');
    expect(subjectCompound('div:has(> .ad)')).toBe('div:has(> .ad)');
    expect(subjectCompound('#\\31 0ad')).toBe('#\\31 0ad'); // the space ends a hex escape, it is no combinator
    expect(compoundTag('DIV.ad')).toBe('div');
    expect(compoundTag('.ad')).toBeNull();
  });

  it('reads what a compound demands of an element', () => {
    expect(compoundNeeds('ins.adsbygoogle[data-ad-client]')).toEqual({
      tag: 'ins', classes: ['adsbygoogle'], ids: [], attributes: [{ name: 'data-ad-client', op: '', value: '' }],
    });
    expect(compoundNeeds('[id^="div-gpt-ad"]')?.attributes).toEqual([{ name: 'id', op: '^=', value: 'div-gpt-ad' }]);
    expect(compoundNeeds('div.md\\:block#x:not(.y)')).toEqual({ tag: 'div', classes: ['md:block'], ids: ['x'], attributes: [] });
    expect(compoundNeeds('[class*="ad" i]')?.attributes).toEqual([{ name: 'class', op: '', value: '' }]);
    expect(compoundNeeds('div!')).toBeNull();
  });
});

describe('the compounds a selector needs on the page', () => {
  it('splits a complex selector at its combinators, not inside brackets, quotes or arguments', () => {
    expect(complexCompounds('#other > div  +  div:has(> .x .y) ~ p')).toEqual(['#other', 'div', 'div:has(> .x .y)', 'p']);
    expect(complexCompounds('[href="https://a.example/b c"] img')).toEqual(['[href="https://a.example/b c"]', 'img']);
  });

  it('requires the compounds of a :has() argument only when the :has() is the compound\'s own and not a list', () => {
    expect(hasArgumentCompounds('div:has(> div > .ad-background)')).toEqual(['div', '.ad-background']);
    expect(hasArgumentCompounds('div:HAS(.q):has(+ span.r)')).toEqual(['.q', 'span.r']);
    expect(hasArgumentCompounds('div:not(:has(.x))')).toEqual([]);
    expect(hasArgumentCompounds('div:has(.a, .b)')).toEqual([]);
  });
});
