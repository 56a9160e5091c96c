import { appearanceVariables, resolveTheme, type AppearanceSettings } from '@/utils/settings/appearance';

// Appearance settings -> CSS variables on the view's root element, from the same palettes and font stacks the options
// page previews (utils/settings/appearance.ts); reader.css reads only these variables.

export function applyAppearance(root: HTMLElement, settings: AppearanceSettings, prefersDark: boolean): void {
  for (const [name, value] of Object.entries(appearanceVariables(settings, prefersDark))) root.style.setProperty(name, value);
  root.dataset.theme = resolveTheme(settings.theme, prefersDark);
}
