// Motion follows the system's accessibility setting: people who ask for less motion get none — and so do the
// browser tests, whose clicks could otherwise land on a dialog or popup still zooming in (seen in CI: the click
// was dispatched, the dialog stayed open).
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}
