// The class and id patterns after their word lists were shortened: hints dropped because a shorter one covers them
// must still be matched (and near-misses still not).
import { describe, expect, it } from 'vitest';
import { AUTHOR_HREF, DATE_HINTS, HIDDEN_CLASS, NOT_PUBLISHED_DATE, NOT_STORY_META, NOT_STORY_SELF, SOURCE_HINTS } from '../../utils/metadata/selectors';
import { LOGO_NOISE, PUBLISHED_WORDS } from '../../utils/metadata/words';

describe('shortened selector patterns', () => {
  it('still match the hints a shorter entry covers', () => {
    expect(DATE_HINTS.test('article-dateline')).toBe(true);
    expect(DATE_HINTS.test('timestamp')).toBe(true);
    expect(DATE_HINTS.test('last-updated')).toBe(true);
    expect(DATE_HINTS.test('info-bar')).toBe(true);
    expect(NOT_PUBLISHED_DATE.test('date-updated')).toBe(true);
    expect(SOURCE_HINTS.test('story-source')).toBe(true);
    expect(SOURCE_HINTS.test('article-source')).toBe(true);
    expect(SOURCE_HINTS.test('resource')).toBe(false);
    expect(HIDDEN_CLASS.test('visually-hidden')).toBe(true);
    expect(PUBLISHED_WORDS.test('First published 4 May')).toBe(true);
  });

  it('keep the story-block words in both patterns and the header-only ones in the wider one', () => {
    for (const name of ['most-popular', 'author-bio', 'authorbio', 'about-the-author', 'comments']) {
      expect(NOT_STORY_META.test(name), name).toBe(true);
      expect(NOT_STORY_SELF.test(name), name).toBe(true);
    }
    expect(NOT_STORY_META.test('site-footer')).toBe(true);
    expect(NOT_STORY_SELF.test('site-footer')).toBe(false);
    expect(NOT_STORY_META.test('mypopular')).toBe(false);
  });

  it('author links and logo noise in their shorter forms', () => {
    for (const path of ['/author/x', '/authors/x', '/autoren/x', '/auteurs/x', '/profiles/x', '/contributors/x']) {
      expect(AUTHOR_HREF.test(path), path).toBe(true);
    }
    expect(AUTHOR_HREF.test('/authored/x')).toBe(false);
    for (const label of ['The Guardian - Back to home', 'Observer - go to the homepage', 'Site | Return to home']) {
      expect(label.replace(LOGO_NOISE, ''), label).not.toMatch(/home/i);
    }
  });
});
