import { useT } from '../i18n';
import type { ConstraintTotal, Justification } from '../types';

/** A justification's stays as buttons that show them on the timeline. */
export function StayLinks({ justification, onShow }: { justification: Justification; onShow: (stayId: string) => void }) {
  return (
    <>
      {(justification.stayIds ?? []).map((stayId) => (
        <button key={stayId} type="button" class="link" onClick={() => onShow(stayId)}>{stayId}</button>
      ))}
    </>
  );
}

/** One constraint's matches: score, the sentence, the stays. */
export function Matches({ total, onShow }: { total: ConstraintTotal; onShow?: (stayId: string) => void }) {
  const t = useT();
  return (
    <>
      <ul class="matches">
        {total.matches.map((match, i) => (
          <li key={i}>
            <code>{match.score}</code> {match.justification.reason}
            {onShow && <> · <StayLinks justification={match.justification} onShow={onShow} /></>}
          </li>
        ))}
      </ul>
      {total.matchCount > total.matchesShown && (
        <p class="muted">{t('matchesShown', { shown: total.matchesShown, count: total.matchCount })}</p>
      )}
    </>
  );
}
