import { useMemo } from 'preact/hooks';
import { Kpi } from '../components';
import { euros, number, percent } from '../format';
import { useLang, useT } from '../i18n';
import { useCodes } from '../codes';
import { PlanHeader } from '../plans/PlanHeader';
import { usePlan } from '../plans/usePlan';
import type { ActivityGroup, Child, HolidayKpis, HolidayPlan, Placement, Session } from '../types';

export function HolidayPlanView({ id, session }: { id: string; session: Session }) {
  const plan = usePlan<HolidayPlan, HolidayKpis>('holiday', id);
  return (
    <>
      <PlanHeader plan={plan} session={session} />
      {plan.kpis && <HolidayKpiCards kpis={plan.kpis} />}
      {plan.solution && <WeekGrid plan={plan.solution} />}
    </>
  );
}

function HolidayKpiCards({ kpis }: { kpis: HolidayKpis }) {
  const lang = useLang();
  return (
    <section class="kpis" aria-label="KPI">
      <Kpi name="servedDays" value={`${number(lang, kpis.servedChildDays)} / ${number(lang, kpis.requestedChildDays)}`}
        detail={percent(lang, kpis.requestedChildDays ? kpis.servedChildDays / kpis.requestedChildDays : 1)} />
      <Kpi name="childrenLeft" value={String(kpis.childrenLeftWithNothing)} />
      <Kpi name="continuity" value={percent(lang, kpis.continuityShare)} />
      <Kpi name="siblings" value={percent(lang, kpis.siblingsTogetherShare)} />
      <Kpi name="cost" value={euros(lang, kpis.totalCost)} />
    </section>
  );
}

/** Weeks down, teams across; each cell is that team's group in that week: children, places used, skills used. */
function WeekGrid({ plan }: { plan: HolidayPlan }) {
  const t = useT();
  const code = useCodes();
  const children = useMemo(() => new Map(plan.children.map((c) => [c.id, c])), [plan]);
  const placed = useMemo(() => {
    const byGroup = new Map<string, Placement[]>();
    plan.placements.filter((p) => p.group).forEach((p) => byGroup.set(p.group!, [...(byGroup.get(p.group!) ?? []), p]));
    return byGroup;
  }, [plan]);
  const teams = [...new Set(plan.groups.map((g) => g.team))].sort();
  const weeks = [...plan.weeks].sort((a, b) => a.sequence - b.sequence);
  const unplaced = plan.placements.filter((p) => !p.group);
  return (
    <section aria-labelledby="grid-title">
      <h3 id="grid-title">{t('holidayGrid')}</h3>
      <div class="grid-scroll">
        <table class="holiday-grid">
          <thead><tr><th scope="col">{t('week')}</th>{teams.map((team) => <th key={team} scope="col">{team}</th>)}</tr></thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.id}>
                <th scope="row">{week.name}<br /><span class="muted">{week.id}</span></th>
                {teams.map((team) => {
                  const group = plan.groups.find((g) => g.week === week.id && g.team === team);
                  return <td key={team}>{group && <GroupCell group={group} placements={placed.get(group.id) ?? []} children={children} />}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unplaced.length > 0 && (
        <>
          <h3>{t('unplacedChildren')}: {unplaced.length}</h3>
          <ul class="columns">
            {unplaced.map((p) => <li key={p.id}>{children.get(p.child)?.name} ({p.child}) · {p.week} · {code(p.priority)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

function GroupCell({ group, placements, children }: { group: ActivityGroup; placements: Placement[]; children: Map<string, Child> }) {
  const t = useT();
  const code = useCodes();
  const used = (skill: string) => placements.filter((p) => children.get(p.child)?.needs.includes(skill)).length;
  const full = placements.length >= group.capacity;
  return (
    <div class="group-cell">
      <p><strong class={full ? 'full' : ''}>{placements.length} / {group.capacity}</strong> <span class="muted">{t('grades')} {group.minGrade}–{group.maxGrade} · {group.language}</span></p>
      <p class="skills" aria-label={t('skills')}>
        {Object.entries(group.skillCapacity).map(([skill, capacity]) => (
          <span key={skill} class={used(skill) > capacity ? 'over' : ''}>{code(skill)} {used(skill)}/{capacity}</span>
        ))}
      </p>
      <ul>{placements.map((p) => <li key={p.id}>{children.get(p.child)?.name ?? p.child}</li>)}</ul>
    </div>
  );
}
