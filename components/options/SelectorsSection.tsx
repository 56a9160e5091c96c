import { useState } from 'preact/hooks';
import { parseSiteInput } from '@/utils/autoclean/patterns';
import { formatMessage } from '@/utils/settings/messages';
import { MAX_SELECTOR_SITES, MAX_SELECTORS_PER_SITE, type Settings } from '@/utils/settings/schema';
import type { SettingsWriter, UpdateResult } from '@/utils/settings/store';
import { parseSelectorList } from '@/utils/settings/validate';
import { NoticeLine, Section, type Notice } from './controls';
import { STRINGS } from './strings';

const S = STRINGS.selectors;

/** The typed lines -> selectors, or the message that says what is wrong. */
function checkLines(text: string): { selectors: string[] } | { error: string } {
  const { selectors, bad, tooMany } = parseSelectorList(text);
  const first = bad[0];
  if (first) return { error: formatMessage(S.badLine, { line: first.line, text: first.text }) };
  if (tooMany) return { error: formatMessage(S.tooMany, { max: MAX_SELECTORS_PER_SITE }) };
  if (!selectors.length) return { error: S.empty };
  return { selectors };
}

function updateError(result: UpdateResult): string | null {
  if (result.ok) return null;
  if (result.reason === 'too-large') return STRINGS.status['too-large'];
  return formatMessage(S.tooManySites, { max: MAX_SELECTOR_SITES });
}

function SiteRules({ origin, selectors, settings, writer }: { origin: string; selectors: string[]; settings: Settings; writer: SettingsWriter }) {
  const [draft, setDraft] = useState(selectors.join('\n'));
  const [notice, setNotice] = useState<Notice>(null);
  const id = `rules-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
  const save = () => {
    const checked = checkLines(draft);
    if ('error' in checked) return setNotice({ kind: 'error', text: checked.error });
    const error = updateError(writer.update({ hideSelectors: { ...settings.hideSelectors, [origin]: checked.selectors } }));
    setDraft(checked.selectors.join('\n'));
    setNotice(error ? { kind: 'error', text: error } : { kind: 'ok', text: formatMessage(S.saved, { site: origin }) });
  };
  const remove = () => {
    const { [origin]: _gone, ...rest } = settings.hideSelectors;
    writer.update({ hideSelectors: rest });
  };
  return (
    <li class="bs-rules">
      <label for={id} class="bs-rules-site">
        {formatMessage(S.listLabel, { site: origin })}
      </label>
      <textarea id={id} rows={Math.min(6, Math.max(2, draft.split('\n').length))} spellcheck={false} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      <div class="bs-actions">
        <button type="button" class="bs-button" onClick={save}>
          {S.save}
        </button>
        <button type="button" class="bs-button bs-button-quiet" aria-label={formatMessage(S.removeLabel, { site: origin })} onClick={remove}>
          {S.remove}
        </button>
        <NoticeLine notice={notice} />
      </div>
    </li>
  );
}

export function SelectorsSection({ settings, writer }: { settings: Settings; writer: SettingsWriter }) {
  const [site, setSite] = useState('');
  const [lines, setLines] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const entries = Object.entries(settings.hideSelectors);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(site);
    if (!parsed.ok) return setNotice({ kind: 'error', text: STRINGS.autoClean.inputErrors[parsed.error] });
    const checked = checkLines(lines);
    if ('error' in checked) return setNotice({ kind: 'error', text: checked.error });
    const merged = [...new Set([...(settings.hideSelectors[parsed.origin] ?? []), ...checked.selectors])];
    const error = updateError(writer.update({ hideSelectors: { ...settings.hideSelectors, [parsed.origin]: merged } }));
    if (error) return setNotice({ kind: 'error', text: error });
    setSite('');
    setLines('');
    setNotice({ kind: 'ok', text: formatMessage(S.saved, { site: parsed.origin }) });
  };

  return (
    <Section id="selectors" title={S.heading} intro={S.intro}>
      {entries.length === 0 ? (
        <p class="bs-empty">{S.none}</p>
      ) : (
        <ul class="bs-rules-list">
          {entries.map(([origin, selectors]) => (
            // Keyed by content too: a change from another page replaces the draft.
            <SiteRules key={`${origin}\n${selectors.join('\n')}`} origin={origin} selectors={selectors} settings={settings} writer={writer} />
          ))}
        </ul>
      )}
      <form class="bs-add-rules" onSubmit={add} noValidate>
        <div class="bs-field">
          <label for="rules-site">{S.siteLabel}</label>
          <input id="rules-site" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder={S.sitePlaceholder} value={site} onInput={(e) => setSite(e.currentTarget.value)} />
        </div>
        <div class="bs-field">
          <label for="rules-lines">{S.newListLabel}</label>
          <textarea id="rules-lines" rows={3} spellcheck={false} placeholder=".newsletter-box&#10;#comments-teaser" value={lines} onInput={(e) => setLines(e.currentTarget.value)} />
        </div>
        <div class="bs-actions">
          <button type="submit" class="bs-button bs-button-primary">
            {S.add}
          </button>
          <NoticeLine notice={notice} id="rules-notice" />
        </div>
      </form>
    </Section>
  );
}
