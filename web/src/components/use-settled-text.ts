// What was typed into a search box, once typing pauses: one lookup per pause instead of one per key.
import { useEffect, useState } from 'react';

const DELAY_MS = 300;

export function useSettledText(): { readonly onType: (text: string) => void; readonly settled: string } {
  const [typed, setTyped] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed.trim()), DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return { onType: setTyped, settled };
}
