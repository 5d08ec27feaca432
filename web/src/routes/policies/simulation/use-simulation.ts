// The simulation's life on the page: load the project's units (paged, cached for the page's lifetime), find
// the version in force at the period's start, run both in a worker, summarise. Each phase reports progress.
import { useCallback, useEffect, useRef, useState } from 'react';
import { versionInForce } from '../document/versions';
import { getDocument, listPolicies, loadPeriodFacts, loadUnitFacts, type PolicyRow } from '../queries';
import type { UnitFactsRow } from './facts';
import { startSimulation, SimulationCancelled } from './runner';
import type { SimulationSummary } from './summary';
import type { Period, SimulationResult } from './types';

export type SimulationState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly loaded: number; readonly total: number }
  | { readonly phase: 'running'; readonly done: number; readonly total: number }
  | {
      readonly phase: 'done';
      readonly result: SimulationResult;
      readonly summary: SimulationSummary;
      readonly rows: readonly UnitFactsRow[];
      readonly draft: unknown;
      readonly published: unknown;
      readonly baseline: PolicyRow | undefined;
      readonly seconds: number;
    }
  | { readonly phase: 'error'; readonly message: string };

export interface SimulationRequest {
  readonly draft: unknown;
  /** The policy being simulated, left out when looking for the version in force. */
  readonly policyId: string;
  readonly period: Period;
  readonly asOf: string;
}

export function useSimulation(project: { readonly id: string; readonly company_id: string }) {
  const [state, setState] = useState<SimulationState>({ phase: 'idle' });
  const cache = useRef<{ projectId: string; rows: UnitFactsRow[] } | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => () => stop.current?.(), []);

  const start = useCallback(async (request: SimulationRequest) => {
    stop.current?.();
    const abort = new AbortController();
    let cancelled = false;
    stop.current = () => {
      cancelled = true;
      abort.abort();
    };
    const began = performance.now();
    try {
      let rows = cache.current?.projectId === project.id ? cache.current.rows : null;
      if (!rows) {
        setState({ phase: 'loading', loaded: 0, total: 0 });
        rows = await loadUnitFacts(project.id, (loaded, total) => !cancelled && setState({ phase: 'loading', loaded, total }), abort.signal);
        cache.current = { projectId: project.id, rows };
      }
      // Readings and arrears depend on the period: loaded for each run.
      const periodFacts = await loadPeriodFacts(project.id, request.period, rows.map((r) => r.unit_id), abort.signal);
      const versions = await listPolicies({ companyId: project.company_id, projectId: project.id });
      const baseline = versionInForce(versions.filter((v) => v.id !== request.policyId), request.period.start);
      const published = baseline ? await getDocument(baseline.id) : null;
      if (cancelled) return;
      setState({ phase: 'running', done: 0, total: rows.length });
      const running = startSimulation(
        { draft: request.draft, published, rows, periodFacts, period: request.period, asOf: request.asOf },
        (progress) => !cancelled && setState({ phase: 'running', ...progress }),
      );
      stop.current = () => {
        cancelled = true;
        running.cancel();
      };
      const { result, summary } = await running.result;
      if (cancelled) return;
      setState({
        phase: 'done', result, summary, rows, draft: request.draft, published, baseline,
        seconds: (performance.now() - began) / 1000,
      });
    } catch (e) {
      if (cancelled || e instanceof SimulationCancelled) {
        setState({ phase: 'idle' });
        return;
      }
      setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (!cancelled) stop.current = null;
    }
  }, [project.id, project.company_id]);

  const cancel = useCallback(() => {
    stop.current?.();
    stop.current = null;
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel };
}
