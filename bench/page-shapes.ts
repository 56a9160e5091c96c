import { JSDOM } from 'jsdom';

// Pages of extreme size and shape, built node by node (jsdom would take minutes to parse them from text). Shared by
// the security tests (limits end such pages cleanly) and the benchmark (the largest page handled, and how long).

export const URL_BASE = 'https://news.example/2024/03/14/';
/** Deep chains are built in blocks: jsdom's insertion cost grows with depth, so one long chain takes quadratic time. */
const CHAIN_BLOCK = 250;
/** Paragraphs of the story inside the heavy page. */
const STORY_PARAGRAPHS = 30;
/** Links per list in the heavy page's clutter. */
const LINKS_PER_LIST = 40;

export const PARAGRAPH =
  'The harbour authority will publish the tender documents online, together with the environmental survey of the ' +
  'channel and the budget for each phase of the work, before the first construction contract is awarded.';

export function emptyPage(title: string, extraHead = ''): Document {
  return new JSDOM(
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article">${extraHead}</head>` +
      '<body><main><article><h1></h1></article></main></body></html>',
    { url: `${URL_BASE}${title.toLowerCase().replace(/\W+/g, '-')}.html` },
  ).window.document;
}

/** An article page with `total` elements in all: paragraphs of prose, built node by node. */
export function flatPage(total: number): Document {
  const doc = emptyPage('Flat page');
  doc.querySelector('h1')!.textContent = 'A very long page';
  const article = doc.querySelector('article')!;
  const fragment = doc.createDocumentFragment();
  for (let i = doc.getElementsByTagName('*').length; i < total; i++) {
    const p = doc.createElement('p');
    p.textContent = PARAGRAPH;
    fragment.append(p);
  }
  article.append(fragment);
  return doc;
}

/** A news page the size of a heavy real one: a 30-paragraph story amid `total` elements of menus and link lists. */
export function heavyPage(total: number): Document {
  const doc = emptyPage('Heavy page');
  doc.querySelector('h1')!.textContent = 'Council approves harbour plan';
  const article = doc.querySelector('article')!;
  for (let i = 0; i < STORY_PARAGRAPHS; i++) {
    const p = doc.createElement('p');
    p.textContent = PARAGRAPH;
    article.append(p);
  }
  const aside = doc.createElement('aside');
  let list = doc.createElement('ul');
  // Count as we go: aside and ul 1 element each, a list item 3 (li, a, span). Stay at or under `total`.
  let count = doc.getElementsByTagName('*').length + 2;
  for (let i = 0; count + 3 <= total; i++) {
    if (list.childElementCount >= LINKS_PER_LIST) {
      if (count + 4 > total) break;
      aside.append(list);
      list = doc.createElement('ul');
      count++;
    }
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.href = `/section/${i}.html`;
    a.textContent = `Headline number ${i}`;
    const span = doc.createElement('span');
    span.textContent = 'Sponsored';
    li.append(a, span);
    list.append(li);
    count += 3;
  }
  aside.append(list);
  doc.body.append(aside);
  return doc;
}

/** A chain of `levels` nested divs, built bottom-up in blocks, with a few paragraphs at the bottom. */
export function deepPage(levels: number): Document {
  const doc = emptyPage('Deep page');
  const chain = (n: number): [Element, Element] => {
    const bottom = doc.createElement('div');
    let top = bottom;
    for (let i = 1; i < n; i++) {
      const div = doc.createElement('div');
      div.append(top);
      top = div;
    }
    return [top, bottom];
  };
  const blocks: [Element, Element][] = [];
  for (let made = 0; made < levels; made += CHAIN_BLOCK) blocks.push(chain(Math.min(CHAIN_BLOCK, levels - made)));
  for (let i = 0; i < 6; i++) {
    const p = doc.createElement('p');
    p.textContent = PARAGRAPH;
    blocks.at(-1)![1].append(p);
  }
  for (let i = blocks.length - 1; i > 0; i--) blocks[i - 1]![1].append(blocks[i]![0]);
  doc.body.replaceChildren(blocks[0]![0]);
  return doc;
}

export function depthOf(doc: Document): number {
  let deepest = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}


/** What one extreme page came to, and how long the pipeline took on it (page building excluded). */
export interface ShapeOutcome {
  label: string;
  elements: number;
  outcome: string;
  ms: number;
}

function measure(label: string, doc: Document, force: boolean, run: (doc: Document, force: boolean) => { outcome: string }): ShapeOutcome {
  const elements = doc.getElementsByTagName('*').length;
  const start = performance.now();
  const { outcome } = run(doc, force);
  return { label, elements, outcome, ms: performance.now() - start };
}

/**
 * The largest pages the limits accept and the ones they turn away: a story amid clutter at exactly `maxElements`,
 * a page of 150,000 elements and one nested 10,000 deep.
 */
export function measurePageShapes(maxElements: number, run: (doc: Document, force: boolean) => { outcome: string }): ShapeOutcome[] {
  return [
    measure(`story amid clutter at the limit`, heavyPage(maxElements), false, run),
    measure('150,000 elements', flatPage(150_000), false, run),
    measure('10,000 levels deep', deepPage(10_000), true, run),
  ];
}
