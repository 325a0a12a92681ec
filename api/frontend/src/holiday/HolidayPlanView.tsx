import { useMemo, useState } from 'preact/hooks';
import { get } from '../api';
import { ErrorBox, Kpi, Tabs, useLoad, type Tab } from '../components';
import { dayMonth, euros, number, percent } from '../format';
import { useLang, useT } from '../i18n';
import { useCodes } from '../i18n/codes';
import { api } from '../paths';
import { PlanHeader } from '../plans/PlanHeader';
import { usePlan } from '../plans/usePlan';
import type { ActivityGroup, Child, HolidayKpis, HolidayPlan, HolidayUnplaced, HolidayWeek, Placement, Session } from '../types';

/** The service's reason for each unplaced week request (by placement id), in the page's language. */
type Reasons = { byPlacement: Map<string, HolidayUnplaced>; error: unknown };

export function HolidayPlanView({ id, session }: { id: string; session: Session }) {
  const plan = usePlan<HolidayPlan, HolidayKpis>('holiday', id);
  const [tab, setTab] = useState('grid');
  const [child, setChild] = useState<string | null>(null);
  const solution = plan.solution;
  const lang = useLang();
  const unplaced = useLoad(() => get<HolidayUnplaced[]>(api.holidayUnplaced(id)), [id, plan.summary?.score, lang]);
  const reasons: Reasons = useMemo(() => ({
    byPlacement: new Map((unplaced.value ?? []).map((u) => [u.placementId, u])), error: unplaced.error,
  }), [unplaced.value, unplaced.error]);
  const showChild = (childId: string) => {
    setChild(childId);
    setTab('children');
  };
  const tabs: Tab[] = solution ? [
    { id: 'grid', label: 'holidayGrid', panel: () => <WeekGrid plan={solution} onChild={showChild} /> },
    { id: 'children', label: 'children', panel: () => <ChildView plan={solution} child={child} onChild={setChild} reasons={reasons} /> },
    { id: 'unplaced', label: 'unplacedChildren', panel: () => <UnplacedList plan={solution} reasons={reasons} onChild={showChild} /> },
  ] : [];
  return (
    <>
      <PlanHeader plan={plan} session={session} />
      {plan.summary && <HolidayKpiCards kpis={plan.summary.score != null ? plan.kpis : undefined} />}
      {solution && <Tabs tabs={tabs} active={tab} onChange={setTab} />}
    </>
  );
}

/** The plan's KPIs; until the solver has a first solution each card says it is calculating. */
function HolidayKpiCards({ kpis }: { kpis: HolidayKpis | undefined }) {
  const lang = useLang();
  return (
    <section class="kpis" aria-label="KPI">
      <Kpi name="servedDays" value={kpis && `${number(lang, kpis.servedChildDays)} / ${number(lang, kpis.requestedChildDays)}`}
        detail={kpis && percent(lang, kpis.requestedChildDays ? kpis.servedChildDays / kpis.requestedChildDays : 1)} />
      <Kpi name="childrenLeft" value={kpis && String(kpis.childrenLeftWithNothing)} />
      <Kpi name="continuity" value={kpis && percent(lang, kpis.continuityShare)} />
      <Kpi name="siblings" value={kpis && percent(lang, kpis.siblingsTogetherShare)} />
      <Kpi name="cost" value={kpis && euros(lang, kpis.totalCost)} />
    </section>
  );
}

const byGrade = (a: ActivityGroup, b: ActivityGroup) => a.minGrade - b.minGrade || a.id.localeCompare(b.id);
const weeksInOrder = (plan: HolidayPlan) => [...plan.weeks].sort((a, b) => a.sequence - b.sequence);

/** Weeks down, teams (provider and place) across; each cell holds every group of that team that week. */
function WeekGrid({ plan, onChild }: { plan: HolidayPlan; onChild: (childId: string) => void }) {
  const t = useT();
  const children = useMemo(() => new Map(plan.children.map((c) => [c.id, c])), [plan]);
  const placed = useMemo(() => {
    const byGroup = new Map<string, Placement[]>();
    plan.placements.filter((p) => p.group).forEach((p) => byGroup.set(p.group!, [...(byGroup.get(p.group!) ?? []), p]));
    return byGroup;
  }, [plan]);
  const teams = [...new Set(plan.groups.map((g) => g.team))].sort();
  return (
    <div class="grid-scroll">
      <table class="holiday-grid">
        <caption>{t('holidayGrid')}</caption>
        <thead><tr><th scope="col">{t('week')}</th>{teams.map((team) => <th key={team} scope="col">{team}</th>)}</tr></thead>
        <tbody>
          {weeksInOrder(plan).map((week) => (
            <tr key={week.id}>
              <th scope="row">{week.name}<br /><span class="muted">{week.id}</span></th>
              {teams.map((team) => (
                <td key={team}>
                  {plan.groups.filter((g) => g.week === week.id && g.team === team).sort(byGrade).map((group) => (
                    <GroupCell key={group.id} group={group} placements={placed.get(group.id) ?? []} children={children} onChild={onChild} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupCell({ group, placements, children, onChild }: {
  group: ActivityGroup; placements: Placement[]; children: Map<string, Child>; onChild: (childId: string) => void;
}) {
  const t = useT();
  const code = useCodes();
  const used = (skill: string) => placements.filter((p) => children.get(p.child)?.needs.includes(skill)).length;
  const full = placements.length >= group.capacity;
  return (
    <div class="group-cell" data-group={group.id}>
      <p>
        <strong>{t('grades')} {group.minGrade}–{group.maxGrade}</strong> · {code(group.language)}{' '}
        <span class={full ? 'full' : 'muted'}>{placements.length} / {group.capacity}</span>
      </p>
      <p class="skills" aria-label={t('skills')}>
        {Object.entries(group.skillCapacity).map(([skill, capacity]) => (
          <span key={skill} class={used(skill) > capacity ? 'over' : ''}>{code(skill)} {used(skill)}/{capacity}</span>
        ))}
      </p>
      <ul>
        {placements.map((p) => (
          <li key={p.id}><button type="button" class="link" onClick={() => onChild(p.child)}>{children.get(p.child)?.name ?? p.child}</button></li>
        ))}
      </ul>
    </div>
  );
}

/** Week requests without a group, each with why. */
function UnplacedList({ plan, reasons, onChild }: { plan: HolidayPlan; reasons: Reasons; onChild: (childId: string) => void }) {
  const t = useT();
  const code = useCodes();
  const rows = useMemo(() => {
    const children = new Map(plan.children.map((c) => [c.id, c]));
    const weeks = new Map(plan.weeks.map((w) => [w.id, w]));
    return plan.placements.filter((p) => !p.group && children.has(p.child)).map((p) => {
      const child = children.get(p.child)!;
      return { placement: p, child, week: weeks.get(p.week), reason: reasons.byPlacement.get(p.id)?.text ?? '' };
    }).sort((a, b) => (a.week?.sequence ?? 0) - (b.week?.sequence ?? 0) || a.child.name.localeCompare(b.child.name));
  }, [plan, reasons]);
  if (reasons.error) return <ErrorBox error={reasons.error} />;
  if (rows.length === 0) return <p>{t('noUnmet')}</p>;
  return (
    <table class="unplaced">
      <caption>{t('unplacedChildren')}: {rows.length}</caption>
      <thead><tr><th scope="col">{t('child')}</th><th scope="col">{t('grade')}</th><th scope="col">{t('week')}</th><th scope="col">{t('priority')}</th><th scope="col">{t('reason')}</th></tr></thead>
      <tbody>
        {rows.map(({ placement, child, week, reason }) => (
          <tr key={placement.id}>
            <td><button type="button" class="link" onClick={() => onChild(child.id)}>{child.name}</button> <span class="muted">{child.id}</span></td>
            <td>{child.grade}</td>
            <td>{week?.name ?? placement.week}</td>
            <td>{code(placement.priority)}</td>
            <td>{reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Find a child by name or id; the chosen child's weeks, groups, and whether the group stayed the same. */
function ChildView({ plan, child, onChild, reasons }: {
  plan: HolidayPlan; child: string | null; onChild: (childId: string) => void; reasons: Reasons;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const found = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (needle.length < 2) return [];
    return plan.children.filter((c) => c.name.toLowerCase().includes(needle) || c.id.toLowerCase().includes(needle)).slice(0, 20);
  }, [search, plan]);
  const chosen = plan.children.find((c) => c.id === child);
  return (
    <div class="child-view">
      <label class="search">{t('findChild')}
        <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
      </label>
      {search.trim().length >= 2 && found.length === 0 && <p>{t('noChildFound')}</p>}
      {found.length > 0 && (
        <ul class="found" aria-label={t('findChild')}>
          {found.map((c) => (
            <li key={c.id}><button type="button" class="link" onClick={() => onChild(c.id)}>{c.name} · {c.id} · {t('grade')} {c.grade}</button></li>
          ))}
        </ul>
      )}
      {chosen && <ChildWeeks plan={plan} child={chosen} reasons={reasons} />}
    </div>
  );
}

function ChildWeeks({ plan, child, reasons }: { plan: HolidayPlan; child: Child; reasons: Reasons }) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const requests = new Map(plan.placements.filter((p) => p.child === child.id).map((p) => [p.week, p]));
  const weeks = weeksInOrder(plan).filter((w) => requests.has(w.id));
  const teamIn = (week: HolidayWeek | undefined) => {
    const group = week && requests.get(week.id)?.group;
    return group ? groups.get(group)?.team : undefined;
  };
  const bySequence = new Map(plan.weeks.map((w) => [w.sequence, w]));
  return (
    <section aria-labelledby="child-title">
      <h3 id="child-title">{t('childWeeks', { child: `${child.name} (${child.id})` })}</h3>
      <p class="muted">
        {t('grade')} {child.grade} · {code(child.language)} · {child.needs.map((n) => code(n)).join(', ') || t('noNeeds')}
      </p>
      <table class="child-weeks">
        <thead><tr><th scope="col">{t('week')}</th><th scope="col">{t('group')}</th><th scope="col">{t('days')}</th><th scope="col">{t('continuity')}</th></tr></thead>
        <tbody>
          {weeks.map((week) => {
            const request = requests.get(week.id)!;
            const group = request.group ? groups.get(request.group) : undefined;
            const team = teamIn(week);
            const before = teamIn(bySequence.get(week.sequence - 1));
            return (
              <tr key={week.id}>
                <th scope="row">{week.name} <span class="muted">{week.id}</span></th>
                <td>{group ? `${group.team} · ${t('grades')} ${group.minGrade}–${group.maxGrade}`
                  : <><strong>{t('notPlaced')}</strong>: {reasons.byPlacement.get(request.id)?.text}</>}</td>
                <td>{request.days.map((d) => dayMonth(lang, d)).join(', ')}</td>
                <td>{team && before && (team === before
                  ? <span class="same-group">✓ {t('sameGroup')}</span>
                  : <span class="group-changed">↔ {t('groupChanged')}</span>)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
