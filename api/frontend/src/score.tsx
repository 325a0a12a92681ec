// Everything the page shows of a score, in one place: the score itself, its levels' names, and whether it is feasible.
// (The respite score's levels are changing; this is the module to change with them.)
import { useT, type MessageKey } from './i18n';

/** The levels of a HardMediumSoft score, for badges ("0hard/-21medium/-47556soft"). */
export function scoreParts(score: string | null | undefined): { hard: number; medium: number; soft: number } | null {
  const match = score?.match(/^(?:\[\d+\/\d+\])?(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/);
  return match ? { hard: Number(match[1]), medium: Number(match[2]), soft: Number(match[3]) } : null;
}

export function Score({ score }: { score: string | null | undefined }) {
  const parts = scoreParts(score);
  if (!parts) return <code class="score">{score ?? '–'}</code>;
  return (
    <code class={`score ${parts.hard < 0 ? 'infeasible' : 'feasible'}`} title={score ?? ''}>
      {parts.hard}hard / {parts.medium}medium / {parts.soft}soft
    </code>
  );
}

const LEVELS: Record<string, MessageKey> = {
  hard: 'level_hard', promise: 'level_promise', entitlement: 'level_entitlement', demand: 'level_demand', medium: 'level_medium',
  soft: 'level_soft',
};

/** A constraint's level in words (the service names it hard, medium or soft). */
export function LevelBadge({ level }: { level: string | null }) {
  const t = useT();
  const key = level ? LEVELS[level] : undefined;
  return <span class="badge">{key ? t(key) : level}</span>;
}
