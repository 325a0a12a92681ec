import { useEffect, useState } from 'preact/hooks';
import { api } from '../paths';
import { can } from '../session';
import { Download, DownloadInLanguage, ErrorBox, StatusBadge } from '../components';
import { label, useLang, useT, type MessageKey } from '../i18n';
import { navigate } from '../routes';
import { PlanActions } from './PlanActions';
import { PlanState } from './PlanState';
import { isActive, type Kind, type PlanSummary, type Session } from '../types';
import type { LoadedPlan } from './usePlan';

/**
 * What every plan offers for download: the solution and its KPIs, for programs (JSON) and spreadsheets (CSV in the page's
 * language and its Excel's dialect); the workbook beside them.
 */
const DOWNLOADS: [(kind: Kind, id: string) => string, MessageKey][] = [[api.solution, 'planJson'], [api.kpis, 'kpisJson']];
const SPREADSHEETS: [(kind: Kind, id: string) => string, MessageKey][] = [
  [api.planCsv, 'planCsv'], [api.kpisCsv, 'kpisCsv'], [api.planXlsx, 'planXlsx']];

/** Name, status, the plan's state in words and solving progress, with stop / solve again, its life's actions and the downloads. */
export function PlanHeader({ plan, session }: { plan: LoadedPlan<unknown, unknown>; session: Session }) {
  const t = useT();
  const lang = useLang();
  const summary = plan.summary;
  const [seconds, setSeconds] = useState(30);
  if (!summary) return <><ErrorBox error={plan.error} /><p>{t('loading')}</p></>;
  const active = isActive(summary.status);
  return (
    <section class="plan-header card" aria-labelledby="plan-title">
      <div class="row">
        <h2 id="plan-title">{summary.name}</h2>
        <StatusBadge status={summary.status} />
        <span class={`stage-badge stage-${summary.stage}`}>{label(t, summary.stage)}</span>
        {can(session, 'PLANNER') && active && <button type="button" onClick={plan.stop}>{t('stop')}</button>}
        {can(session, 'PLANNER') && !active && (
          <form class="row" onSubmit={(e) => { e.preventDefault(); void plan.solveAgain(seconds); }}>
            <label class="inline">{t('timeLimit')}
              <input type="number" min={1} max={1800} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value))} />
            </label>
            <button type="submit">{t('solveAgain')}</button>
          </form>
        )}
        <span class="downloads" aria-label={t('downloads')}>
          {DOWNLOADS.map(([path, name]) => <Download key={name} href={path(summary.kind, summary.id)} name={name} />)}
          {SPREADSHEETS.map(([path, name]) => <DownloadInLanguage key={name} href={path(summary.kind, summary.id)} name={name} lang={lang} />)}
        </span>
      </div>
      <div aria-live="polite"><PlanState summary={summary} detailed /></div>
      <PlanActions plan={summary} session={session} onChanged={plan.refresh} onDeleted={() => navigate('/')} />
      {summary.status === 'SOLVING' && <Progress summary={summary} />}
      {summary.error && <p class="error">{summary.error}</p>}
      <ErrorBox error={plan.error} />
    </section>
  );
}

/** Time spent against the time limit; redrawn every half second so it visibly moves. */
function Progress({ summary }: { summary: PlanSummary }) {
  const t = useT();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, []);
  const since = summary.solvingSince ? Date.parse(summary.solvingSince) : now;
  const elapsed = Math.max(0, Math.min(summary.timeLimitSeconds, (now - since) / 1000));
  return (
    <div class="progress-line">
      <progress max={summary.timeLimitSeconds} value={elapsed} aria-label={t('solving')} />
      <span>{t('solving')}: {Math.round(elapsed)} s {t('of')} {summary.timeLimitSeconds} s</span>
    </div>
  );
}
