import { useState } from 'preact/hooks';
import { reconcileSiteList, siteAccess } from '@/utils/autoclean/sites';
import { formatMessage } from '@/utils/settings/messages';
import type { SettingsWriter } from '@/utils/settings/store';
import { MAX_IMPORT_BYTES, applySettingsFile, exportFileName, exportSettings } from '@/utils/settings/transfer';
import { NoticeLine, Section, type Notice } from './controls';
import { STRINGS } from './strings';

const S = STRINGS.backup;

/** Hands the browser a file to save (an object URL on a temporary link, released afterwards). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ writer }: { writer: SettingsWriter }) {
  const [notice, setNotice] = useState<Notice>(null);

  const onExport = () => {
    const name = exportFileName();
    download(name, exportSettings(writer.settings));
    setNotice({ kind: 'ok', text: formatMessage(S.exported, { file: name }) });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setNotice({ kind: 'error', text: S.fileTooLarge });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setNotice({ kind: 'error', text: formatMessage(S.readFailed, { detail: String(error) }) });
    }
    const before = writer.settings.sites;
    const result = await applySettingsFile(text, writer);
    if (!result.ok) return setNotice({ kind: 'error', text: formatMessage(S.importFailed, { message: result.message }) });
    await reconcileSiteList(before, writer.settings);
    const access = await siteAccess(writer.settings.sites);
    const missing = writer.settings.autoClean === 'off' || access.allSites ? 0 : access.missing.length;
    setNotice({ kind: 'ok', text: missing ? formatMessage(S.importedMissing, { count: missing }) : S.imported });
  };

  return (
    <Section id="backup" title={S.heading} intro={S.intro}>
      <div class="bs-backup">
        <button type="button" class="bs-button" onClick={onExport}>
          {S.export}
        </button>
        <div class="bs-file">
          <label for="import-file">{S.importLabel}</label>
          <input id="import-file" type="file" accept="application/json,.json" aria-describedby="backup-notice" onChange={(e) => void onImport(e.currentTarget)} />
        </div>
      </div>
      <NoticeLine notice={notice} id="backup-notice" />
    </Section>
  );
}
