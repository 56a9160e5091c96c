import type { Settings } from '@/utils/settings/schema';
import { appearanceVariables, resolveTheme } from '@/utils/settings/appearance';
import { STRINGS } from './strings';

const P = STRINGS.preview;

/** A sample of the clean view with the current settings: theme, type, and which parts are shown. */
export function Preview({ settings, prefersDark }: { settings: Settings; prefersDark: boolean }) {
  const vars = appearanceVariables(settings, prefersDark);
  return (
    <figure class="bs-preview" aria-label={P.label} data-theme={resolveTheme(settings.theme, prefersDark)} style={vars}>
      <div class="bs-preview-article">
        <p class="bs-preview-source">{P.source}</p>
        <h3 class="bs-preview-headline">{P.headline}</h3>
        <p class="bs-preview-meta">
          {P.byline}
          {settings.showReadingTime && <span> · {P.readingTime}</span>}
        </p>
        {settings.showImages &&
          (settings.remoteImages ? (
            <div class="bs-preview-figure">
              <div class="bs-preview-image" role="img" aria-label={P.imageAlt} />
              {(settings.showCaptions || settings.showCredits) && (
                <p class="bs-preview-caption">
                  {settings.showCaptions && <span>{P.caption}</span>}
                  {settings.showCredits && <span class="bs-preview-credit">{P.credit}</span>}
                </p>
              )}
            </div>
          ) : (
            <p class="bs-preview-placeholder">
              {P.noRemoteImages}
              {settings.showCaptions && <span> {P.caption}</span>}
              {settings.showCredits && <span class="bs-preview-credit"> {P.credit}</span>}
            </p>
          ))}
        <p class="bs-preview-body">{P.body}</p>
        {settings.showSeeAlso && (
          <div class="bs-preview-seealso">
            <p class="bs-preview-seealso-title">{P.seeAlsoHeading}</p>
            <ul>
              {P.seeAlso.map((title) => (
                <li key={title}>
                  <span class="bs-preview-link">{title}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </figure>
  );
}
