import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSiteInput } from '@/utils/autoclean/patterns';
import {
  addAutoCleanSite,
  grantListedSites,
  removeAutoCleanSite,
  setAutoCleanMode,
  siteAccess,
  type SiteAccess,
  type SiteActionResult,
} from '@/utils/autoclean/sites';
import { formatMessage } from '@/utils/settings/messages';
import { SETTINGS_SCHEMA, type AutoCleanMode, type Settings } from '@/utils/settings/schema';
import type { SettingsWriter } from '@/utils/settings/store';
import { NoticeLine, RadioGroup, Section, Toggle, type Notice } from './controls';
import { STRINGS } from './strings';

const S = STRINGS.autoClean;

const MODE_OPTIONS = SETTINGS_SCHEMA.autoClean.values.map((value) => ({ value, ...S.modes[value] }));

/** Re-checks which sites Broadsheet may run on whenever the list or the browser's grants change. */
function useSiteAccess(sites: readonly string[]): SiteAccess | null {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const key = sites.join('\n');
  useEffect(() => {
    let live = true;
    const refresh = () => void siteAccess(sites).then((a) => live && setAccess(a));
    refresh();
    const events = browser.permissions;
    events?.onAdded?.addListener(refresh);
    events?.onRemoved?.addListener(refresh);
    return () => {
      live = false;
      events?.onAdded?.removeListener(refresh);
      events?.onRemoved?.removeListener(refresh);
    };
    // `key` stands for the list's contents, so a new array with the same sites does not re-query.
  }, [key]);
  return access;
}

function actionNotice(result: SiteActionResult, success: string): Notice {
  if (result.ok) return { kind: 'ok', text: success };
  return { kind: 'error', text: formatMessage(S.actionErrors[result.error], { detail: result.detail ?? '' }) };
}

export function AutoCleanSection({ settings, writer }: { settings: Settings; writer: SettingsWriter }) {
  const access = useSiteAccess(settings.sites);
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after an action, so radios the user clicked but that did not take (permission refused) re-render.
  const [, setRenders] = useState(0);
  const [accessVersion, setAccessVersion] = useState(0);

  const finish = useCallback((result: SiteActionResult, success: string) => {
    setNotice(actionNotice(result, success));
    setBusy(false);
    setRenders((n) => n + 1);
    setAccessVersion((n) => n + 1);
  }, []);

  // Mode changes in flight, and the latest one asked for meanwhile (arrow keys move through the radios quickly; the
  // radios stay enabled so keyboard focus is never lost).
  const running = useRef(false);
  const queued = useRef<AutoCleanMode | null>(null);

  // Everything below calls utils/autoclean synchronously from the event: the permission prompt needs the click.
  const startMode = (mode: AutoCleanMode) => {
    running.current = true;
    setBusy(true);
    const action = setAutoCleanMode(mode, writer);
    setNotice({ kind: 'ok', text: S.waiting });
    void action.then((result) => {
      running.current = false;
      const next = queued.current;
      queued.current = null;
      if (next && next !== writer.settings.autoClean) return startMode(next);
      finish(result, formatMessage(S.modeChanged, { mode: S.modes[writer.settings.autoClean].label }));
    });
  };
  const onMode = (mode: AutoCleanMode) => {
    if (running.current) queued.current = mode;
    else startMode(mode);
  };

  const onAdd = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setInputError(S.inputErrors[parsed.error]);
      return;
    }
    setInputError(null);
    setBusy(true);
    const action = addAutoCleanSite(parsed.origin, writer);
    setNotice({ kind: 'ok', text: S.waiting });
    void action.then((result) => {
      if (result.ok) setInput('');
      finish(result, formatMessage(S.added, { site: parsed.origin }));
    });
  };

  const onRemove = (origin: string) => {
    setBusy(true);
    void removeAutoCleanSite(origin, writer).then((result) => finish(result, formatMessage(S.removed, { site: origin })));
  };

  const missing = access?.missing ?? [];
  const onGrantMissing = () => {
    setBusy(true);
    const action = grantListedSites(missing, writer);
    setNotice({ kind: 'ok', text: S.waiting });
    void action.then((result) => finish(result, S.granted));
  };

  const allNewsWithout = settings.autoClean === 'all-news' && access !== null && !access.allSites;

  return (
    <Section id="autoclean" title={S.heading} intro={S.intro} busy={busy}>
      <RadioGroup
        name="autoclean-mode"
        legend={S.modeLegend}
        layout="stack"
        options={MODE_OPTIONS}
        value={settings.autoClean}
        onChange={onMode}
      />
      {allNewsWithout && (
        <div class="bs-warning" role="note">
          <p>{S.allNewsMissing}</p>
          <button type="button" class="bs-button" onClick={() => onMode('all-news')} disabled={busy}>
            {S.allNewsGrant}
          </button>
        </div>
      )}

      <h3 id="sites-title">{S.sitesHeading}</h3>
      {settings.sites.length === 0 ? (
        <p class="bs-empty">{S.noSites}</p>
      ) : (
        <ul class="bs-site-list" aria-labelledby="sites-title" data-access={accessVersion}>
          {settings.sites.map((origin) => {
            const granted = access ? access.granted.includes(origin) || access.allSites : true;
            const state = settings.autoClean === 'off' ? 'off' : granted ? 'active' : 'missing';
            const label = state === 'off' ? S.siteOff : state === 'active' ? S.siteActive : S.siteMissing;
            return (
              <li key={origin} class="bs-site">
                <span class="bs-site-origin">{origin}</span>
                <span class={`bs-chip bs-chip-${state}`}>{label}</span>
                <button
                  type="button"
                  class="bs-button bs-button-quiet"
                  aria-label={formatMessage(S.removeLabel, { site: origin })}
                  onClick={() => onRemove(origin)}
                  disabled={busy}
                >
                  {S.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {missing.length > 0 && settings.autoClean !== 'off' && !access?.allSites && (
        <button type="button" class="bs-button" onClick={onGrantMissing} disabled={busy}>
          {formatMessage(S.grantMissing, { count: missing.length })}
        </button>
      )}

      <form class="bs-add-site" onSubmit={onAdd} noValidate>
        <label for="add-site">{S.addLabel}</label>
        <div class="bs-inline">
          <input
            id="add-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={S.addPlaceholder}
            value={input}
            aria-invalid={inputError ? true : undefined}
            aria-describedby={inputError ? 'add-site-error' : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="bs-button bs-button-primary" disabled={busy}>
            {S.addButton}
          </button>
        </div>
        {inputError && (
          <p id="add-site-error" class="bs-field-error" role="alert">
            {inputError}
          </p>
        )}
      </form>
      <NoticeLine notice={notice} id="autoclean-notice" />

      <Toggle
        id="badgeCount"
        label={S.badgeCount}
        checked={settings.badgeCount}
        onChange={(badgeCount) => writer.update({ badgeCount })}
      />
    </Section>
  );
}
