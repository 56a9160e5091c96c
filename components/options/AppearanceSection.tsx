import { useState } from 'preact/hooks';
import { SETTINGS_SCHEMA, defaultSettings, type Settings } from '@/utils/settings/schema';
import type { SettingsWriter } from '@/utils/settings/store';
import { NoticeLine, RadioGroup, RangeField, Section, type Notice } from './controls';
import { Preview } from './Preview';
import { STRINGS } from './strings';

const S = STRINGS.appearance;
const schema = SETTINGS_SCHEMA;

const THEME_OPTIONS = schema.theme.values.map((value) => ({ value, label: S.themes[value] }));
const FONT_OPTIONS = schema.font.values.map((value) => ({ value, label: S.fonts[value] }));
const ALIGN_OPTIONS = schema.textAlign.values.map((value) => ({ value, label: S.aligns[value] }));

/** Fields the "reset appearance" button puts back (not the site list, nor the extra selectors). */
const APPEARANCE_KEYS = [
  'theme', 'font', 'fontSize', 'lineWidth', 'lineHeight', 'textAlign',
  'showImages', 'showCaptions', 'showCredits', 'showSeeAlso', 'showReadingTime', 'remoteImages',
] as const satisfies readonly (keyof Settings)[];

export function AppearanceSection({ settings, writer, prefersDark }: { settings: Settings; writer: SettingsWriter; prefersDark: boolean }) {
  const [notice, setNotice] = useState<Notice>(null);
  const reset = () => {
    const defaults = defaultSettings();
    writer.update(Object.fromEntries(APPEARANCE_KEYS.map((key) => [key, defaults[key]])));
    setNotice({ kind: 'ok', text: S.resetDone });
  };
  return (
    <Section id="appearance" title={S.heading} intro={S.intro}>
      <div class="bs-appearance">
        <div class="bs-appearance-controls">
          <RadioGroup name="theme" legend={S.themeLegend} options={THEME_OPTIONS} value={settings.theme} onChange={(theme) => writer.update({ theme })} />
          <RadioGroup name="font" legend={S.fontLegend} options={FONT_OPTIONS} value={settings.font} onChange={(font) => writer.update({ font })} />
          <RangeField id="fontSize" label={S.fontSize} field={schema.fontSize} value={settings.fontSize} onChange={(fontSize) => writer.update({ fontSize })} />
          <RangeField id="lineWidth" label={S.lineWidth} field={schema.lineWidth} value={settings.lineWidth} onChange={(lineWidth) => writer.update({ lineWidth })} />
          <RangeField id="lineHeight" label={S.lineHeight} field={schema.lineHeight} value={settings.lineHeight} onChange={(lineHeight) => writer.update({ lineHeight })} />
          <RadioGroup name="textAlign" legend={S.alignLegend} options={ALIGN_OPTIONS} value={settings.textAlign} onChange={(textAlign) => writer.update({ textAlign })} />
        </div>
        <Preview settings={settings} prefersDark={prefersDark} />
      </div>
      <div class="bs-actions">
        <button type="button" class="bs-button bs-button-quiet" onClick={reset}>
          {S.reset}
        </button>
        <NoticeLine notice={notice} />
      </div>
    </Section>
  );
}
