import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../api';
import { api } from '../paths';
import { usePolling } from '../components';
import { isActive, type Kind, type PlanSummary } from '../types';

export interface LoadedPlan<P, K> {
  summary?: PlanSummary;
  solution?: P;
  kpis?: K;
  error: unknown;
  /** Fetches the summary, solution and KPIs again (after a change). */
  refresh: () => Promise<void>;
  stop: () => Promise<void>;
  solveAgain: (seconds: number) => Promise<void>;
}

/**
 * A plan as the page watches it: the summary every second while it solves (score and progress move),
 * the best solution and KPIs every few seconds while it solves and once more when it ends.
 */
export function usePlan<P, K>(kind: Kind, id: string): LoadedPlan<P, K> {
  const [summary, setSummary] = useState<PlanSummary>();
  const [solution, setSolution] = useState<P>();
  const [kpis, setKpis] = useState<K>();
  const [error, setError] = useState<unknown>();
  const lastSolutionLoad = useRef(0);

  const loadSolution = async () => {
    lastSolutionLoad.current = Date.now();
    const [s, k] = await Promise.all([get<P>(api.solution(kind, id)), get<K>(api.kpis(kind, id))]);
    setSolution(s);
    setKpis(k);
  };
  const refresh = async () => {
    try {
      const next = await get<PlanSummary>(api.plan(kind, id));
      setSummary(next);
      if (!isActive(next.status) || Date.now() - lastSolutionLoad.current > 4000) {
        await loadSolution();
      }
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => { void refresh(); }, [id]);
  usePolling(refresh, 1000, !!summary && isActive(summary.status), summary?.status);

  /** A stop or a new solve, then the plan as it is now (a stopped plan's final solution, a resumed plan's progress). */
  const act = async (action: () => Promise<PlanSummary>) => {
    try {
      setSummary(await action());
      await refresh();
    } catch (e) {
      setError(e);
    }
  };
  return {
    summary, solution, kpis, error,
    refresh: () => {
      lastSolutionLoad.current = 0;
      return refresh();
    },
    stop: () => act(() => post<PlanSummary>(api.stop(kind, id))),
    solveAgain: (seconds) => act(() => post<PlanSummary>(api.solve(kind, id, { timeLimitSeconds: seconds }))),
  };
}
