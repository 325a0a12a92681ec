import { useMemo, useState } from 'preact/hooks';
import { can } from '../session';
import { Kpi, Tabs, type Tab } from '../components';
import { euros, number, percent } from '../format';
import { useLang, useT } from '../i18n';
import { PlanHeader } from '../plans/PlanHeader';
import { usePlan } from '../plans/usePlan';
import type { RespiteKpis, RespitePlan, Session } from '../types';
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
  const tabs: Tab[] = [
    { id: 'timeline', label: 'timeline' },
    { id: 'unmet', label: 'unmet' },
    { id: 'score', label: 'scoreBreakdown' },
    ...(can(session, 'PLANNER') ? [{ id: 'recommend', label: 'recommend' } as Tab] : []),
    { id: 'replan', label: 'replan' },
  ];
  const show = (stayId: string) => {
    setSelected(stayId);
    setTab('timeline');
  };
  const solution = plan.solution;
  return (
    <>
      <PlanHeader plan={plan} session={session} />
      {plan.kpis && <KpiCards kpis={plan.kpis} />}
      {solution && (
        <div class={selected ? 'workspace with-details' : 'workspace'}>
          <Tabs tabs={tabs} active={tab} onChange={setTab}>
            {tab === 'timeline' && <PlanTimeline plan={solution} selected={selected} onSelect={setSelected} />}
            {tab === 'unmet' && <UnmetList planId={id} plan={solution} score={plan.summary?.score} onShow={show} />}
            {tab === 'score' && <ScoreBreakdown planId={id} plan={solution} score={plan.summary?.score} onShow={show} />}
            {tab === 'recommend' && <Recommend planId={id} plan={solution} onApplied={plan.refresh} />}
            {tab === 'replan' && <Replan planId={id} plan={solution} session={session} />}
          </Tabs>
          {selected && (
            <StayDetails key={selected} planId={id} plan={solution} stayId={selected} score={plan.summary?.score} session={session}
              onClose={() => setSelected(null)} onChanged={plan.refresh} />
          )}
        </div>
      )}
    </>
  );
}

function KpiCards({ kpis }: { kpis: RespiteKpis }) {
  const lang = useLang();
  const t = useT();
  const n = kpis.nights;
  const served = useMemo(() => (n.requestedNights === 0 ? 1 : n.servedNights / n.requestedNights), [n]);
  return (
    <section class="kpis" aria-label="KPI">
      <Kpi name="servedNights" value={`${number(lang, n.servedNights)} / ${number(lang, n.requestedNights)}`} detail={percent(lang, served)} />
      <Kpi name="clientsLeft" value={`${kpis.clientsLeftWithNothing} / ${kpis.clientsRequesting}`} />
      <Kpi name="ownShare" value={percent(lang, kpis.ownProductionShare)} />
      <Kpi name="cost" value={euros(lang, kpis.totalCost)} detail={`${t('costPerNight')} ${euros(lang, kpis.costPerServedNight)}`} />
      <Kpi name="utilisation" value={percent(lang, kpis.utilisation)} />
      <Kpi name="firstChoice" value={percent(lang, kpis.firstChoiceShare)} />
      <Kpi name="fairness" value={number(lang, kpis.jainFairness, 3)} />
    </section>
  );
}
