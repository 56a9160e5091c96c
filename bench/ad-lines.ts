// Ad-label lines left in an extracted text, by the ad stage's own rule (utils/ads/labels.ts `adLabelLines`).
// That function is being written by the ad-filter stage; until it is exported, the bench falls back to the
// stage's per-block rule (`isAdLabel`) applied line by line, so the numbers exist now and sharpen when it lands.
import * as labels from '../utils/ads/labels';

export type AdLabelLines = (text: string) => string[];

const fromStage = (labels as unknown as { adLabelLines?: unknown }).adLabelLines;

function eachLineIsAdLabel(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line && labels.isAdLabel(line));
}

/** The lines of `text` that are ad labels ("Advertisement", "Anzeige", "Story continues below advertisement"...). */
export const adLabelLines: AdLabelLines = typeof fromStage === 'function' ? (fromStage as AdLabelLines) : eachLineIsAdLabel;

/** True when the stage's own adLabelLines is in use (false: the line-by-line isAdLabel fallback). */
export const usingStageAdLabelLines = typeof fromStage === 'function';
