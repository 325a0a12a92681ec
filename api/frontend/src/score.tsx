// Everything the page shows of a score, in one place: the score itself, its levels' names, and whether it is feasible.
import { useT, type MessageKey } from './i18n';

/** One level of a score and its value; levels are named as the service names them (RespiteLevel, HolidayLevel). */
export interface ScoreLevel { level: string; value: number }

const RESPITE_SOFT_LEVELS = ['promise', 'entitlement', 'demand', 'soft'];

/**
 * A score's levels, strongest first: respite plans "[0]hard/[0/-5/-21/-47556]soft" (hard, promise,
 * entitlement, demand, soft), holiday plans "0hard/-21medium/-47556soft".
 */
export function scoreLevels(score: string | null | undefined): ScoreLevel[] | null {
  const respite = score?.match(/^\[(-?\d+)\]hard\/\[(-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\]soft$/);
  if (respite) {
    return [{ level: 'hard', value: Number(respite[1]) },
      ...RESPITE_SOFT_LEVELS.map((level, i) => ({ level, value: Number(respite[i + 2]) }))];
  }
  const holiday = score?.match(/^(?:\[\d+\/\d+\])?(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/);
  return holiday ? ['hard', 'medium', 'soft'].map((level, i) => ({ level, value: Number(holiday[i + 1]) })) : null;
}

/** Whether a score breaks no hard rule (null when it cannot be read). */
export function feasible(score: string | null | undefined): boolean | null {
  const levels = scoreLevels(score);
  return levels ? levels[0].value >= 0 : null;
}

export function Score({ score }: { score: string | null | undefined }) {
  const levels = scoreLevels(score);
  if (!levels) return <code class="score">{score ?? '–'}</code>;
  return (
    <code class={`score ${levels[0].value < 0 ? 'infeasible' : 'feasible'}`} title={score ?? ''}>
      {levels.map(({ level, value }) => `${value}${level}`).join(' / ')}
    </code>
  );
}

const LEVELS: Record<string, MessageKey> = {
  hard: 'level_hard', promise: 'level_promise', entitlement: 'level_entitlement', demand: 'level_demand', medium: 'level_medium',
  soft: 'level_soft',
};

/** A constraint's level in words (the service names it hard, promise, entitlement, demand or soft; holiday hard, medium, soft). */
export function LevelBadge({ level }: { level: string | null }) {
  const t = useT();
  const key = level ? LEVELS[level] : undefined;
  return <span class="badge">{key ? t(key) : level}</span>;
}
