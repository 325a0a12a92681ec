// Why a child's week request has no group, derived from the plan document alone (the service has no holiday
// endpoint for it): the week's groups in the child's language, for the child's grade, accessible if needed;
// of those, the ones full on a requested day, or whose staff for one of the child's needs is fully used.
import type { ActivityGroup, Child, HolidayPlan, Placement } from '../types';

export type UnplacedReason =
  | { kind: 'NO_LANGUAGE' }
  | { kind: 'NO_GRADE' }
  | { kind: 'NO_ACCESS' }
  | { kind: 'FULL'; groups: { group: ActivityGroup; days: string[] }[] }
  | { kind: 'SKILL'; skills: string[]; groups: { group: ActivityGroup; days: string[] }[] }
  | { kind: 'FREE'; groups: ActivityGroup[] };

/** Children placed per group and day, and per group, skill and day. */
export function occupancy(plan: HolidayPlan) {
  const children = new Map(plan.children.map((c) => [c.id, c]));
  const byDay = new Map<string, number>();
  const bySkillDay = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const p of plan.placements) {
    if (!p.group) continue;
    for (const day of p.days) {
      bump(byDay, `${p.group}|${day}`);
      for (const need of children.get(p.child)?.needs ?? []) bump(bySkillDay, `${p.group}|${need}|${day}`);
    }
  }
  return {
    placed: (group: string, day: string) => byDay.get(`${group}|${day}`) ?? 0,
    placedNeeding: (group: string, skill: string, day: string) => bySkillDay.get(`${group}|${skill}|${day}`) ?? 0,
  };
}

export function unplacedReason(plan: HolidayPlan, placement: Placement, child: Child, used: ReturnType<typeof occupancy>): UnplacedReason {
  const week = plan.groups.filter((g) => g.week === placement.week);
  const inLanguage = week.filter((g) => g.language === child.language);
  if (inLanguage.length === 0) return { kind: 'NO_LANGUAGE' };
  const forGrade = inLanguage.filter((g) => g.minGrade <= child.grade && child.grade <= g.maxGrade);
  if (forGrade.length === 0) return { kind: 'NO_GRADE' };
  const suitable = child.wheelchair ? forGrade.filter((g) => g.accessible) : forGrade;
  if (suitable.length === 0) return { kind: 'NO_ACCESS' };

  const fullDays = (g: ActivityGroup) => placement.days.filter((day) => used.placed(g.id, day) >= g.capacity);
  const skillFullDays = (g: ActivityGroup) => placement.days.filter((day) =>
    child.needs.some((skill) => used.placedNeeding(g.id, skill, day) >= (g.skillCapacity[skill] ?? 0)));
  const full = suitable.map((group) => ({ group, days: fullDays(group) }));
  if (full.every((f) => f.days.length > 0)) return { kind: 'FULL', groups: full };
  const open = full.filter((f) => f.days.length === 0).map((f) => ({ group: f.group, days: skillFullDays(f.group) }));
  if (open.every((f) => f.days.length > 0)) {
    const skills = child.needs.filter((skill) => open.some((f) => f.days.some((day) =>
      used.placedNeeding(f.group.id, skill, day) >= (f.group.skillCapacity[skill] ?? 0))));
    return { kind: 'SKILL', skills, groups: open };
  }
  return { kind: 'FREE', groups: open.filter((f) => f.days.length === 0).map((f) => f.group) };
}
