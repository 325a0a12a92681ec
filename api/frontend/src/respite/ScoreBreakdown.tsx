import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { get } from '../api';
import { api } from '../paths';
import { ErrorBox, useLoad } from '../components';
import { useLang, useT } from '../i18n';
import { useConstraintWords } from '../i18n/codes';
import { LevelBadge } from '../score';
import type { Explanation, RespitePlan } from '../types';
import { Matches } from './explanation';

/** Every constraint's total; choosing one lists the matches and the stays they concern. */
export function ScoreBreakdown({ planId, score, onShow }: {
  planId: string; plan: RespitePlan; score: string | null | undefined; onShow: (stayId: string) => void;
}) {
  const t = useT();
  const words = useConstraintWords();
  const lang = useLang();
  const totals = useLoad(() => get<Explanation>(api.explanation('respite', planId, { limit: 0 })), [planId, score]);
  const [open, setOpen] = useState<string | null>(null);
  const detail = useLoad(() => (open ? get<Explanation>(api.explanation('respite', planId, { constraint: open, limit: 100 })) : Promise.resolve(undefined)),
    [open, score, lang]);
  return (
    <div class="score-breakdown">
      <ErrorBox error={totals.error} />
      {totals.value && (
        <table>
          <thead><tr><th>{t('constraint')}</th><th>{t('level')}</th><th>{t('score')}</th><th>{t('matches')}</th><th>{t('why')}</th></tr></thead>
          <tbody>
            {totals.value.constraints.filter((c) => c.matchCount > 0).map((c) => (
              <Fragment key={c.constraint}>
                <tr class={`level-${c.level}`}>
                  <td>
                    <button type="button" class="link" aria-expanded={open === c.constraint}
                      onClick={() => setOpen(open === c.constraint ? null : c.constraint)}>{words(c.constraint).name}</button>
                  </td>
                  <td><LevelBadge level={c.level} /></td>
                  <td><code>{c.score}</code></td>
                  <td>{c.matchCount}</td>
                  <td class="muted">{c.why && words(c.constraint, c.why).why}</td>
                </tr>
                {open === c.constraint && (
                  <tr>
                    <td colSpan={5}>
                      <ErrorBox error={detail.error} />
                      {detail.value?.constraints.map((total) => <Matches key={total.constraint} total={total} onShow={onShow} />)}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
