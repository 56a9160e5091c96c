import { useEffect, useState } from 'preact/hooks';
import { addAutoCleanSite, isAutoCleaned, removeAutoCleanSite, type SiteActionError } from '@/utils/autoclean';
import type { SettingsWriter } from '@/utils/settings/store';

// One click adds or removes the current site from auto-clean. The permission prompt only shows during a click, so
// the handler calls utils/autoclean straight away (its first await is the permission request).

const ERRORS: Record<SiteActionError, string> = {
  denied: 'Permission was not given.',
  'too-many': 'The site list is full.',
  'too-large': 'The settings would be too large to sync.',
  'save-failed': 'The settings could not be saved.',
  'request-failed': 'The browser refused the request.',
};

export function SiteToggle({ origin, writer }: { origin: string; writer: SettingsWriter }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void isAutoCleaned(origin, writer.settings).then(setOn, () => setOn(false));
  }, [origin, writer]);

  const toggle = () => {
    if (busy || on === null) return;
    setBusy(true);
    setError(null);
    const action = on ? removeAutoCleanSite(origin, writer) : addAutoCleanSite(origin, writer);
    void action
      .then((result) => {
        if (result.ok) setOn(!on);
        else setError(ERRORS[result.error]);
      })
      .finally(() => setBusy(false));
  };

  if (on === null) return null;
  return (
    <span class="bs-site-toggle">
      <button
        type="button"
        class="bs-button"
        aria-pressed={on}
        disabled={busy}
        onClick={toggle}
        title={on ? 'Stop cleaning this site automatically' : 'Hide ads on this site’s news pages without a click'}
      >
        {on ? 'Auto-clean: on' : 'Auto-clean this site'}
      </button>
      {error && <span class="bs-error" role="alert">{error}</span>}
    </span>
  );
}
