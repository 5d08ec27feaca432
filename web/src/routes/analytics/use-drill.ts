// Clicking a chart's bar leads where its row's name does in the table beside it.
import { useNavigate } from 'react-router';

export function useDrill<R>(rows: readonly R[] | undefined, keyOf: (row: R) => string, link: ((row: R) => string | null) | undefined): ((key: string) => void) | undefined {
  const navigate = useNavigate();
  if (!link) return undefined;
  return (key) => {
    const row = rows?.find((r) => keyOf(r) === key);
    const to = row && link(row);
    if (to) void navigate(to);
  };
}
