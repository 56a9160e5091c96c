import type { FontFamily, Settings, TextAlign, Theme } from './schema';

// How the appearance settings look: colour palettes and font stacks as data, and the CSS custom properties that
// the options preview, the popup and the reader page can all set on their root element.

export type ConcreteTheme = Exclude<Theme, 'system'>;

export interface Palette {
  background: string;
  text: string;
  muted: string;
  link: string;
  border: string;
  /** Slightly off the background: cards, code, inputs. */
  surface: string;
  /** Buttons and focus rings. */
  accent: string;
  /** Text on the accent colour. */
  onAccent: string;
  /** Errors. */
  danger: string;
}

// Each palette keeps body text at a contrast ratio above 7:1 (WCAG AAA) and links and muted text above 4.5:1.
export const THEME_PALETTES: Readonly<Record<ConcreteTheme, Palette>> = {
  light: {
    background: '#fcfcfa',
    text: '#1c1c1c',
    muted: '#595959',
    link: '#1554a6',
    border: '#d6d6d0',
    surface: '#f1f1ec',
    accent: '#1554a6',
    onAccent: '#ffffff',
    danger: '#b3261e',
  },
  dark: {
    background: '#16171a',
    text: '#e6e6e3',
    muted: '#a6aab0',
    link: '#8fb8f6',
    border: '#3b3e44',
    surface: '#212328',
    accent: '#8fb8f6',
    onAccent: '#0e1a2b',
    danger: '#f2a39b',
  },
  sepia: {
    background: '#f5edda',
    text: '#352a1c',
    muted: '#66563f',
    link: '#7c400c',
    border: '#d7c7a4',
    surface: '#ece0c3',
    accent: '#7c400c',
    onAccent: '#fffaf0',
    danger: '#9c2018',
  },
};

export const FONT_STACKS: Readonly<Record<FontFamily, string>> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
};

const ALIGN_CSS: Readonly<Record<TextAlign, string>> = { start: 'start', justify: 'justify' };

/** The media query 'system' follows. */
export const PREFERS_DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Theme, prefersDark: boolean): ConcreteTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

export type AppearanceSettings = Pick<Settings, 'theme' | 'font' | 'fontSize' | 'lineWidth' | 'lineHeight' | 'textAlign'>;

/**
 * CSS custom properties for a reading surface: --bs-bg, --bs-fg, --bs-muted, --bs-link, --bs-border, --bs-surface,
 * --bs-accent, --bs-on-accent, --bs-danger, --bs-font, --bs-font-size, --bs-line-height, --bs-measure, --bs-align.
 * Set them as inline style on a root element (values come from validated settings and the tables above only).
 */
export function appearanceVariables(settings: AppearanceSettings, prefersDark: boolean): Record<string, string> {
  const palette = THEME_PALETTES[resolveTheme(settings.theme, prefersDark)];
  return {
    '--bs-bg': palette.background,
    '--bs-fg': palette.text,
    '--bs-muted': palette.muted,
    '--bs-link': palette.link,
    '--bs-border': palette.border,
    '--bs-surface': palette.surface,
    '--bs-accent': palette.accent,
    '--bs-on-accent': palette.onAccent,
    '--bs-danger': palette.danger,
    '--bs-font': FONT_STACKS[settings.font],
    '--bs-font-size': `${settings.fontSize}px`,
    '--bs-line-height': String(settings.lineHeight),
    '--bs-measure': `${settings.lineWidth}ch`,
    '--bs-align': ALIGN_CSS[settings.textAlign],
  };
}

/** Whether the system asks for dark colours now (false where there is no window, e.g. the service worker). */
export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(PREFERS_DARK_QUERY).matches;
}
