import { useEffect, useState } from 'preact/hooks';
import { PREFERS_DARK_QUERY, systemPrefersDark } from '@/utils/settings/appearance';

/** Follows the system's light/dark preference live (for the 'system' theme). */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(PREFERS_DARK_QUERY);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}
