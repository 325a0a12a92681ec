import { get } from '../api';
import { api } from '../paths';
import { ErrorBox, useLoad } from '../components';
import { date } from '../format';
import { useLang, useT } from '../i18n';
import { useCodes } from '../codes';
import type { RespitePlan, Unmet } from '../types';

/** Requests without a bed, each with the reason a planner can tell the family. */
export function UnmetList({ planId, plan, score, onShow }: {
  planId: string; plan: RespitePlan; score: string | null | undefined; onShow: (stayId: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const unmet = useLoad(() => get<Unmet[]>(api.unmet(planId)), [planId, score]);
  const names = new Map(plan.clients.map((c) => [c.id, c.name]));
  const reason = (u: Unmet) => t(`reason_${u.reason}`, { n: u.suitableBeds, bed: u.freeBed ?? '', date: date(lang, u.freeArrival) });
  return (
    <div class="unmet">
      <ErrorBox error={unmet.error} />
      {unmet.value?.length === 0 && <p>{t('noUnmet')}</p>}
      {unmet.value && unmet.value.length > 0 && (
        <table>
          <caption>{t('unmet')}: {unmet.value.length}</caption>
          <thead>
            <tr><th>{t('stay')}</th><th>{t('client')}</th><th>{t('priority')}</th><th>{t('window')}</th><th>{t('nights')}</th><th>{t('reason')}</th></tr>
          </thead>
          <tbody>
            {unmet.value.map((u) => (
              <tr key={u.stayId}>
                <td><button type="button" class="link" onClick={() => onShow(u.stayId)}>{u.stayId}</button></td>
                <td>{names.get(u.clientId)} ({u.clientId})</td>
                <td>{code(u.priority)}</td>
                <td>{date(lang, u.earliestArrival)} – {date(lang, u.latestArrival)}</td>
                <td>{u.nights}</td>
                <td>{reason(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
