import type { Settings } from '@/utils/settings/schema';
import type { SettingsWriter } from '@/utils/settings/store';
import { Section, Toggle } from './controls';
import { STRINGS } from './strings';

const S = STRINGS.display;

const SHOW_KEYS = ['showImages', 'showCaptions', 'showCredits', 'showSeeAlso', 'showReadingTime'] as const;

export function DisplaySection({ settings, writer }: { settings: Settings; writer: SettingsWriter }) {
  return (
    <Section id="display" title={S.heading} intro={S.intro}>
      <div class="bs-toggles">
        {SHOW_KEYS.map((key) => (
          <Toggle key={key} id={key} label={S.fields[key]} checked={settings[key]} onChange={(on) => writer.update({ [key]: on })} />
        ))}
        <Toggle
          id="remoteImages"
          label={S.fields.remoteImages}
          hint={S.remoteImagesHint}
          checked={settings.remoteImages}
          onChange={(remoteImages) => writer.update({ remoteImages })}
        />
      </div>
    </Section>
  );
}
