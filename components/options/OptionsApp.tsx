import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { appearanceVariables, resolveTheme } from '@/utils/settings/appearance';
import { formatMessage } from '@/utils/settings/messages';
import type { SettingKey, Settings } from '@/utils/settings/schema';
import { openSettingsWriter, type SaveStatus, type SettingsWriter } from '@/utils/settings/store';
import { AppearanceSection } from './AppearanceSection';
import { AutoCleanSection } from './AutoCleanSection';
import { BackupSection } from './BackupSection';
import { DisplaySection } from './DisplaySection';
import { SelectorsSection } from './SelectorsSection';
import { usePrefersDark } from './hooks';
import { STRINGS } from './strings';

function statusText(status: SaveStatus): string {
  if (status.state !== 'error') return STRINGS.status[status.state];
  return formatMessage(STRINGS.status[status.reason], { detail: status.detail });
}

/** The page itself takes the chosen theme (and follows the system for 'system'). */
function useRootAppearance(settings: Settings | null, prefersDark: boolean): void {
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    for (const [name, value] of Object.entries(appearanceVariables(settings, prefersDark))) root.style.setProperty(name, value);
    const theme = resolveTheme(settings.theme, prefersDark);
    root.dataset.theme = theme;
    root.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  }, [settings, prefersDark]);
}

/** The extension's own icon, from its manifest (no path spelled here). */
function manifestIcon(): string | null {
  const icons = browser.runtime.getManifest?.().icons as Record<string, string> | undefined;
  const path = icons?.['48'] ?? icons?.['128'];
  return path ? browser.runtime.getURL(path as '/') : null;
}

export function OptionsApp() {
  const [icon] = useState(manifestIcon);
  const [writer, setWriter] = useState<SettingsWriter | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [repaired, setRepaired] = useState<SettingKey[]>([]);
  const prefersDark = usePrefersDark();
  useRootAppearance(settings, prefersDark);

  useEffect(() => {
    let current: SettingsWriter | null = null;
    let live = true;
    void openSettingsWriter({ onChange: setSettings, onStatus: setStatus }).then(({ writer: opened, loaded }) => {
      if (!live) return opened.dispose();
      current = opened;
      setWriter(opened);
      setSettings(opened.settings);
      setRepaired(Object.keys(loaded.problems) as SettingKey[]);
    });
    // Closing the tab with a change still waiting for the debounce: write it now.
    const onHide = () => void current?.flush();
    addEventListener('pagehide', onHide);
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      current?.dispose();
    };
  }, []);

  const error = status.state === 'error';
  return (
    <div class="bs-page">
      <header class="bs-header">
        <div class="bs-brand">
          {icon && <img src={icon} alt="" />}
          <div>
            <h1>{STRINGS.pageTitle}</h1>
            <p class="bs-tagline">{STRINGS.tagline}</p>
          </div>
        </div>
        <p class={`bs-status bs-status-${status.state}`} role={error ? 'alert' : 'status'} aria-live={error ? 'assertive' : 'polite'} id="save-status" data-state={status.state}>
          {writer ? statusText(status) : ''}
        </p>
      </header>
      {repaired.length > 0 && (
        <div class="bs-warning" role="note" id="repaired-note">
          <p>{formatMessage(STRINGS.repaired, { fields: repaired.map((key) => STRINGS.fieldNames[key]).join(', ') })}</p>
          <button type="button" class="bs-button bs-button-quiet" onClick={() => setRepaired([])}>
            {STRINGS.dismiss}
          </button>
        </div>
      )}
      {writer && settings && (
        <main>
          <AppearanceSection settings={settings} writer={writer} prefersDark={prefersDark} />
          <DisplaySection settings={settings} writer={writer} />
          <AutoCleanSection settings={settings} writer={writer} />
          <SelectorsSection settings={settings} writer={writer} />
          <BackupSection writer={writer} />
        </main>
      )}
    </div>
  );
}
