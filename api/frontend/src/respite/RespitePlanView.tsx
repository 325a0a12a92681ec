import { useState } from 'preact/hooks';
import { can } from '../session';
import { Kpi, Tabs, type Tab } from '../components';
import { euros, number, percent } from '../format';
import { useLang, useT } from '../i18n';
import { PlanHeader } from '../plans/PlanHeader';
import { usePlan } from '../plans/usePlan';
import type { RespiteKpis, RespitePlan, Session } from '../types';
import { EntitlementView } from './Entitlement';
import { PlanTimeline } from './PlanTimeline';
import { Recommend } from './Recommend';
import { Replan } from './Replan';
import { ScoreBreakdown } from './ScoreBreakdown';
import { StayDetails } from './StayDetails';
import { UnmetList } from './UnmetList';

export function RespitePlanView({ id, session }: { id: string; session: Session }) {
  const plan = usePlan<RespitePlan, RespiteKpis>('respite', id);
  const [tab, setTab] = useState('timeline');
  const [selected, setSelected] = useState<string | null>(null);
  const show = (stayId: string) => {
    setSelected(stayId);
    setTab('timeline');
  };
  const solution = plan.solution;
  const score = plan.summary?.score;
  const tabs: Tab[] = solution ? [
    { id: 'timeline', label: 'timeline', keep: true,
      panel: () => <PlanTimeline plan={solution} selected={selected} onSelect={setSelected} visible={tab === 'timeline'} /> },
    { id: 'unmet', label: 'unmet', panel: () => <UnmetList planId={id} plan={solution} score={score} onShow={show} /> },
    { id: 'entitlement', label: 'entitlementTab', panel: () => <EntitlementView kpis={score != null ? plan.kpis : undefined} plan={solution} /> },
    { id: 'score', label: 'scoreBreakdown', panel: () => <ScoreBreakdown planId={id} plan={solution} score={score} onShow={show} /> },
    ...(can(session, 'PLANNER') ? [{ id: 'recommend', label: 'recommend', panel: () => <Recommend planId={id} plan={solution} onApplied={plan.refresh} /> } as Tab] : []),
    { id: 'replan', label: 'replan', panel: () => <Replan planId={id} plan={solution} session={session} /> },
  ] : [];
  return (
    <>
      <PlanHeader plan={plan} session={session} />
      {plan.summary && <KpiCards kpis={score != null ? plan.kpis : undefined} />}
      {solution && (
        <div class={selected ? 'workspace with-details' : 'workspace'}>
          <Tabs tabs={tabs} active={tab} onChange={setTab} />
          {selected && (
            <StayDetails key={selected} planId={id} plan={solution} stayId={selected} score={score} session={session}
              onClose={() => setSelected(null)} onChanged={plan.refresh} />
          )}
        </div>
      )}
    </>
  );
}

/** The plan's KPIs; until the solver has a first solution (no score yet) each card says it is calculating. */
function KpiCards({ kpis }: { kpis: RespiteKpis | undefined }) {
  const lang = useLang();
  const t = useT();
  const n = kpis?.nights;
  return (
    <section class="kpis" aria-label="KPI">
      <Kpi name="servedNights" value={n && `${number(lang, n.servedNights)} / ${number(lang, n.requestedNights)}`}
        detail={n && percent(lang, n.requestedNights === 0 ? 1 : n.servedNights / n.requestedNights)} />
      <Kpi name="clientsLeft" value={kpis && `${kpis.clientsLeftWithNothing} / ${kpis.clientsRequesting}`} />
      <Kpi name="ownShare" value={kpis && percent(lang, kpis.ownProductionShare)} />
      <Kpi name="cost" value={kpis && euros(lang, kpis.totalCost)} detail={kpis && `${t('costPerNight')} ${euros(lang, kpis.costPerServedNight)}`} />
      <Kpi name="utilisation" value={kpis && percent(lang, kpis.utilisation)} />
      <Kpi name="firstChoice" value={kpis && percent(lang, kpis.firstChoiceShare)} />
      <Kpi name="fairness" value={kpis && number(lang, kpis.jainFairness, 3)} />
      <Kpi name="familiesBelow" value={kpis && `${kpis.entitlement.familiesBelow} / ${kpis.entitlement.families}`}
        detail={kpis && `${percent(lang, kpis.entitlement.servedShare)} ${t('grantedServedShort')}`} />
    </section>
  );
}
