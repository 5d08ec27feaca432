// The dashboard's view from the address, and how to change it: every page of the drill-down reads the same query.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Frame } from './queries';
import { asOfDate, readView, todayForAsOf, viewParams, type DashboardView } from './period';

export interface ViewState {
  readonly view: DashboardView;
  /** The period and as-of date as the RPCs take them. */
  readonly frame: Frame;
  readonly today: string;
  /** Changes the view; changes made in one turn compose (each applies to the address as it is by then). */
  readonly update: (change: (view: DashboardView) => DashboardView) => void;
  /** The address query that keeps the view across links ("?kind=…"). */
  readonly search: string;
}

export function useDashboardView(): ViewState {
  const [params, setParams] = useSearchParams();
  // Read once per page: a dashboard left open past midnight keeps the day it was opened on.
  const today = useMemo(() => todayForAsOf(), []);
  return useMemo(() => {
    const view = readView(params, today);
    return {
      view,
      frame: { kind: view.kind, start: view.start, asOf: asOfDate(view, today) },
      today,
      // The address as it is now, not as this render saw it: a date picker commits its typed value on blur, in the
      // same turn as the click on the as-of button that blurred it.
      update: (change: (view: DashboardView) => DashboardView) =>
        setParams(viewParams(change(readView(new URLSearchParams(globalThis.location.search), today))), { replace: true }),
      search: `?${viewParams(view).toString()}`,
    };
  }, [params, today, setParams]);
}
