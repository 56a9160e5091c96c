import type { PageSurvey } from '../ads/survey';
import { findArticleRoot, paragraphTextLength } from './article-root';
import {
  HIDDEN_ATTRIBUTE_PREFIX,
  MAX_BATCH_DELAY_MS,
  MAX_HIDDEN_TEXT_SHARE,
  MAX_LABEL_CHARS,
  MAX_ROOTS_PER_BATCH,
  NEVER_HIDE_TAGS,
  SELECTOR_GROUP_SIZE,
} from './constants';
import { installHidingSheet, type HidingSheet } from './stylesheet';

// Auto-clean in the live page: mark ad blocks and "Advertisement" label blocks, hide the marked ones with one
// stylesheet, and keep doing it for blocks that arrive later. Nothing is removed from the page.

export interface LiveCleanerDeps {
  doc: Document;
  /** The whole page's survey (classes, ids, hrefs) for the first lookup. */
  survey(doc: Document): PageSurvey;
  /** Selectors of ad elements for a survey; the background holds the filter engine. */
  selectorsFor(survey: PageSurvey): Promise<string[]>;
  /** True when a block's whole text is an ad label. */
  isAdLabel(text: string): boolean;
  /** Called after each batch when the number of hidden blocks shown to the user changed. */
  onCount(hidden: number): void;
  /** Schedules a batch; defaults to the next animation frame, or a timer in a hidden tab. */
  schedule?(run: () => void): void;
}

export interface LiveState {
  hidden: number;
  showingOriginal: boolean;
}

function defaultSchedule(win: Window): (run: () => void) => void {
  return (run) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      run();
    };
    // rAF never fires in a background tab; the timer covers that.
    win.requestAnimationFrame(once);
    win.setTimeout(once, MAX_BATCH_DELAY_MS);
  };
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}

export class LiveCleaner {
  readonly attribute = HIDDEN_ATTRIBUTE_PREFIX + randomSuffix();
  private readonly doc: Document;
  private readonly deps: LiveCleanerDeps;
  private readonly schedule: (run: () => void) => void;
  private sheet: HidingSheet | null = null;
  private observer: MutationObserver | null = null;
  private readonly marked = new Set<Element>();
  private readonly knownTokens = new Set<string>();
  private selectors: string[] = [];
  private groups: string[] = [];
  private pending: Element[] = [];
  private batchQueued = false;
  private running = false;
  private articleRoot: Element | null = null;
  private pageParagraphChars = 0;
  private lastCount = -1;
  private stopped = false;

  constructor(deps: LiveCleanerDeps) {
    this.deps = deps;
    this.doc = deps.doc;
    const win = deps.doc.defaultView;
    if (!deps.schedule && !win) throw new Error('LiveCleaner needs a document with a window');
    this.schedule = deps.schedule ?? defaultSchedule(win!);
  }

  /** Hide what is on the page now, then watch for what comes later. */
  async start(): Promise<void> {
    const root = this.doc.documentElement;
    if (!root) return;
    this.sheet = installHidingSheet(this.doc, this.attribute);
    // Watch first, so nothing added while the selectors are on their way is missed.
    // The page's own window's observer (the same constructor in a browser; jsdom keeps one per window).
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'id'] });
    const survey = this.deps.survey(this.doc);
    for (const token of [...survey.classes.map((c) => `.${c}`), ...survey.ids.map((i) => `#${i}`), ...survey.hrefs]) {
      this.knownTokens.add(token);
    }
    this.addSelectors(await this.safeSelectors(survey));
    if (this.stopped) return;
    this.refreshArticleRoot(true);
    this.scan([root]);
    this.report();
  }

  get state(): LiveState {
    return { hidden: this.countMarked(), showingOriginal: this.showingOriginal };
  }

  private get showingOriginal(): boolean {
    return !!this.sheet && !this.sheet.enabled;
  }

  /** "Show original": the page as its publisher made it (true), or cleaned again (false). */
  showOriginal(show: boolean): void {
    this.sheet?.setEnabled(!show);
    this.lastCount = -1;
    this.report();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.sheet?.remove();
    for (const el of this.marked) el.removeAttribute(this.attribute);
    this.marked.clear();
  }

  // -------------------------------------------------------------------------------------------------------------

  private async safeSelectors(survey: PageSurvey): Promise<string[]> {
    try {
      return await this.deps.selectorsFor(survey);
    } catch {
      return []; // no engine (or background asleep): labels are still hidden
    }
  }

  private addSelectors(list: readonly string[]): void {
    const fresh = list.filter((s) => s && !this.selectors.includes(s) && this.isValidSelector(s));
    if (!fresh.length) return;
    this.selectors.push(...fresh);
    this.groups = [];
    for (let i = 0; i < this.selectors.length; i += SELECTOR_GROUP_SIZE) {
      this.groups.push(this.selectors.slice(i, i + SELECTOR_GROUP_SIZE).join(', '));
    }
  }

  /** A selector the browser cannot parse would make its whole group throw. */
  private isValidSelector(selector: string): boolean {
    try {
      this.doc.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      return false;
    }
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.nodeType === 1) this.pending.push(record.target as Element);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) this.pending.push(node as Element);
        else if (node.nodeType === 3 && node.parentElement) this.pending.push(node.parentElement);
      }
    }
    if (this.pending.length && !this.batchQueued) {
      this.batchQueued = true;
      this.schedule(() => void this.runBatch());
    }
  }

  private async runBatch(): Promise<void> {
    this.batchQueued = false;
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      const roots = this.pending.splice(0, MAX_ROOTS_PER_BATCH).filter((el) => el.isConnected);
      const delta = this.surveyNew(roots);
      if (delta) this.addSelectors(await this.safeSelectors(delta));
      if (this.stopped) return;
      this.refreshArticleRoot(false);
      this.scan(roots);
      this.report();
    } finally {
      this.running = false;
      if (this.pending.length && !this.batchQueued && !this.stopped) {
        this.batchQueued = true;
        this.schedule(() => void this.runBatch());
      }
    }
  }

  /** Classes, ids and link targets in the added subtrees that the engine has not been asked about yet. */
  private surveyNew(roots: Element[]): PageSurvey | null {
    const survey: PageSurvey = { classes: [], ids: [], hrefs: [] };
    const visit = (el: Element) => {
      el.classList.forEach((c) => {
        if (!this.knownTokens.has(`.${c}`)) {
          this.knownTokens.add(`.${c}`);
          survey.classes.push(c);
        }
      });
      if (el.id && !this.knownTokens.has(`#${el.id}`)) {
        this.knownTokens.add(`#${el.id}`);
        survey.ids.push(el.id);
      }
      const href = el.tagName === 'A' ? el.getAttribute('href') : null;
      if (href && !this.knownTokens.has(href)) {
        this.knownTokens.add(href);
        survey.hrefs.push(href);
      }
    };
    for (const root of roots) {
      visit(root);
      for (const el of Array.from(root.querySelectorAll('[class], [id], a[href]'))) visit(el);
    }
    return survey.classes.length || survey.ids.length || survey.hrefs.length ? survey : null;
  }

  private refreshArticleRoot(force: boolean): void {
    if (force || !this.articleRoot?.isConnected) this.articleRoot = findArticleRoot(this.doc);
    this.pageParagraphChars = this.doc.body ? paragraphTextLength(this.doc.body) : 0;
  }

  /** Blocks that must stay visible: the page frame, the story container and whatever holds it, big text blocks. */
  private isProtected(el: Element): boolean {
    if (NEVER_HIDE_TAGS.has(el.tagName)) return true;
    if (this.articleRoot && el.contains(this.articleRoot)) return true;
    const share = this.pageParagraphChars ? paragraphTextLength(el) / this.pageParagraphChars : 0;
    return share > MAX_HIDDEN_TEXT_SHARE;
  }

  private mark(el: Element): void {
    if (this.marked.has(el) || this.isProtected(el)) return;
    el.setAttribute(this.attribute, '');
    this.marked.add(el);
  }

  private scan(roots: Element[]): void {
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const group of this.groups) {
        if (root.matches(group)) this.mark(root);
        for (const el of Array.from(root.querySelectorAll(group))) this.mark(el);
      }
      this.scanLabels(root);
    }
  }

  /** "Advertisement" and its kin: hide the largest block around the label whose whole text is still the label. */
  private scanLabels(root: Element): void {
    const walker = this.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const hits: Element[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue?.trim() ?? '';
      if (!text || text.length > MAX_LABEL_CHARS) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(`[${this.attribute}]`)) continue;
      if (this.deps.isAdLabel(text) && this.deps.isAdLabel(parent.textContent ?? '')) hits.push(parent);
    }
    for (const hit of hits) {
      let block = hit;
      for (let up = block.parentElement; up && !this.isProtected(up); up = up.parentElement) {
        const text = up.textContent ?? '';
        if (text.trim().length > MAX_LABEL_CHARS || !this.deps.isAdLabel(text)) break;
        block = up;
      }
      this.mark(block);
    }
  }

  /** Marked blocks the user would count: connected, and not inside another marked block. */
  private countMarked(): number {
    let n = 0;
    for (const el of this.marked) {
      if (!el.isConnected) {
        this.marked.delete(el);
        continue;
      }
      if (!el.parentElement?.closest(`[${this.attribute}]`)) n++;
    }
    return n;
  }

  /** The badge shows what is hidden right now: nothing while the original is shown. */
  private report(): void {
    const n = this.showingOriginal ? 0 : this.countMarked();
    if (n === this.lastCount) return;
    this.lastCount = n;
    this.deps.onCount(n);
  }
}
