import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originOf } from '@/utils/autoclean/patterns';
import { PREFERS_DARK_QUERY, systemPrefersDark } from '@/utils/settings/appearance';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { openSettingsWriter, readSettings, watchSettings, type SettingsWriter } from '@/utils/settings/store';
import { openReaderFor } from '@/utils/live/open-reader';
import { applyAppearance } from './appearance';
import { ArticleView } from './ArticleView';
import { loadFromTab, resolveTabId, setShowOriginal, type ViewState } from './load';
import { SiteToggle } from './SiteToggle';

// The whole clean view: find the tab, load its article, show one of the states a user understands (never a blank
// page), and follow the appearance settings as they change. Used by the popup and by the reader page.

export type ViewMode = 'popup' | 'page';

const NO_ARTICLE_TITLES: Record<string, string> = {
  'not-an-article': 'No article on this page',
  'too-large': 'This page is too large to clean',
  'no-content': 'No article text found',
  'no-body': 'This page is empty',
};

/** Marks when the article first appeared, in ms since the view opened (read by the browser tests and the benchmark). */
function stampShown(): void {
  const root = document.documentElement;
  if (!root.dataset.articleShownMs) root.dataset.articleShownMs = String(Math.round(performance.now()));
}

function openReaderTab(tabId: number): void {
  void browser.tabs
    .get(tabId)
    .catch(() => ({ id: tabId }))
    .then((tab) => openReaderFor(tab, browser.tabs, (path) => browser.runtime.getURL(path as '/reader.html')));
}

function StateMessage({ title, children }: { title: string; children?: preact.ComponentChildren }) {
  return (
    <section class="bs-state" role="status">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

function StateView({ state, onForce, onRetry }: { state: Exclude<ViewState, { kind: 'ready' }>; onForce(): void; onRetry(): void }) {
  switch (state.kind) {
    case 'loading':
      return (
        <StateMessage title="Reading the page…">
          <div class="bs-skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </StateMessage>
      );
    case 'restricted':
      return (
        <StateMessage title="Broadsheet can’t read this page">
          <p>{state.restriction.message}</p>
        </StateMessage>
      );
    case 'no-article': {
      const signals = state.detection.signals.filter((s) => s.weight !== 0).slice(0, 4);
      return (
        <StateMessage title={NO_ARTICLE_TITLES[state.reason] ?? 'No article on this page'}>
          <p class="bs-reason">{state.message}</p>
          {signals.length > 0 && (
            <p class="bs-signals-label">What the detector saw</p>
          )}
          {signals.length > 0 && (
            <ul class="bs-signals" aria-label="What the detector saw">
              {signals.map((s, i) => (
                <li key={i}>
                  {s.name}
                  {s.detail ? `: ${s.detail}` : ''}
                </li>
              ))}
            </ul>
          )}
          {state.reason === 'not-an-article' && (
            <button type="button" class="bs-button" onClick={onForce}>
              Try to read it anyway
            </button>
          )}
        </StateMessage>
      );
    }
    case 'error':
      return (
        <StateMessage title="Something went wrong">
          <p class="bs-reason">{state.message}</p>
          <button type="button" class="bs-button" onClick={onRetry}>
            Try again
          </button>
        </StateMessage>
      );
  }
}

export function ReaderApp({ mode }: { mode: ViewMode }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark);
  const [origin, setOrigin] = useState<string | null>(null);
  const [writer, setWriter] = useState<SettingsWriter | null>(null);

  useEffect(() => {
    void readSettings().then((loaded) => setSettings(loaded.settings));
    const unwatch = watchSettings((loaded) => setSettings(loaded.settings));
    const media = matchMedia(PREFERS_DARK_QUERY);
    const follow = () => setPrefersDark(media.matches);
    media.addEventListener('change', follow);
    return () => {
      unwatch();
      media.removeEventListener('change', follow);
    };
  }, []);

  // The site toggle writes settings: only the popup has one, and its writer exists before any click.
  useEffect(() => {
    if (mode !== 'popup') return;
    let mine: SettingsWriter | null = null;
    void openSettingsWriter().then(({ writer: w }) => {
      mine = w;
      setWriter(w);
    });
    return () => mine?.dispose();
  }, [mode]);

  useLayoutEffect(() => applyAppearance(document.documentElement, settings, prefersDark), [settings, prefersDark]);

  const load = useCallback(async (id: number, force: boolean) => {
    setState({ kind: 'loading' });
    try {
      setState(await loadFromTab(id, force));
    } catch (error) {
      setState({ kind: 'error', message: String((error as Error)?.message ?? error) });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const id = await resolveTabId(location.search).catch(() => null);
      if (id === null) {
        setState({
          kind: 'error',
          message: mode === 'page' ? 'Open the reader from a page: toolbar button, Alt+Shift+R or the page’s menu.' : 'No tab to read.',
        });
        return;
      }
      setTabId(id);
      void browser.tabs.get(id).then((tab) => setOrigin(tab.url ? originOf(tab.url) : null), () => undefined);
      await load(id, false);
    })();
  }, [load, mode]);

  useEffect(() => {
    document.documentElement.dataset.state = state.kind;
    if (state.kind === 'ready') {
      stampShown();
      if (mode === 'page') document.title = `${state.article.title} — Broadsheet`;
    }
  }, [state, mode]);

  const toggleOriginal = async () => {
    if (tabId === null || state.kind !== 'ready' || !state.live) return;
    const live = await setShowOriginal(tabId, !state.live.showingOriginal);
    if (live) setState({ ...state, live });
  };

  const openInTab = () => {
    if (tabId === null) return;
    openReaderTab(tabId);
    // The real popup closes itself; a popup page opened as a tab (tests) stays.
    if (mode === 'popup' && !new URLSearchParams(location.search).has('tabId')) window.close();
  };

  return (
    <div class={`bs-app bs-${mode}`}>
      <header class="bs-toolbar">
        <span class="bs-brand">Broadsheet</span>
        <span class="bs-actions">
          {state.kind === 'ready' && state.live && (
            <button type="button" class="bs-button bs-live" onClick={() => void toggleOriginal()} aria-pressed={state.live.showingOriginal}>
              {state.live.showingOriginal ? 'Hide ads again' : `Show original${state.live.hidden ? ` (${state.live.hidden} hidden)` : ''}`}
            </button>
          )}
          {mode === 'popup' && origin && writer && state.kind !== 'restricted' && <SiteToggle origin={origin} writer={writer} />}
          {mode === 'popup' && state.kind === 'ready' && (
            <button type="button" class="bs-button" onClick={openInTab} title="Open this clean view in a tab (Alt+Shift+R)">
              Open in tab
            </button>
          )}
          <button type="button" class="bs-icon-button" onClick={() => void browser.runtime.openOptionsPage()} title="Settings" aria-label="Settings">
            ⚙
          </button>
        </span>
      </header>
      <main class="bs-main">
        {state.kind === 'ready' ? (
          <ArticleView article={state.article} settings={settings} />
        ) : (
          <StateView state={state} onForce={() => tabId !== null && void load(tabId, true)} onRetry={() => tabId !== null && void load(tabId, false)} />
        )}
      </main>
    </div>
  );
}
