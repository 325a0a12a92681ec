import { euros, number, percent } from '../format';
import { useLang, useT } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { RespiteKpis, RespitePlan } from '../types';

/** What a manager reports upward: families below their decided entitlement, by segment and unit kind, the worst served, and cost by producer. */
export function EntitlementView({ kpis, plan }: { kpis: RespiteKpis | undefined; plan: RespitePlan }) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  if (!kpis) return <p class="muted">{t('calculating')}</p>;
  const e = kpis.entitlement;
  const name = (clientId: string) => plan.clients.find((c) => c.id === clientId)?.name ?? clientId;
  const shortfalls = (title: 'shortBySegment' | 'shortByUnitKind', rows: Record<string, { familiesBelow: number; nightsShort: number }>) => (
    <table class="shortfalls">
      <caption>{t(title)}</caption>
      <thead><tr><th scope="col">{t(title === 'shortBySegment' ? 'segment' : 'unitKind')}</th><th scope="col">{t('familiesBelow')}</th>
        <th scope="col">{t('nightsShort')}</th></tr></thead>
      <tbody>
        {Object.entries(rows).map(([key, row]) => (
          <tr key={key}><th scope="row">{code(key)}</th><td>{row.familiesBelow}</td><td>{row.nightsShort}</td></tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section class="entitlement" aria-labelledby="entitlement-title">
      <h3 id="entitlement-title">{t('entitlementTitle')}</h3>
      <p>
        {t('familiesBelow')}: <strong>{e.familiesBelow} / {e.families}</strong>{' '}
        ({t('familiesBelowDetail', { months: e.monthsBelow, nights: e.nightsShort })}) ·{' '}
        {t('grantedServed')}: <strong>{percent(lang, e.servedShare)}</strong> ({e.servedWithinTarget} / {e.targetNights}) ·{' '}
        {t('entitlementJain')}: <strong>{number(lang, e.jainIndex, 3)}</strong>
      </p>
      <div class="row tables">
        {shortfalls('shortBySegment', e.bySegment)}
        {shortfalls('shortByUnitKind', e.byUnitKind)}
      </div>
      <table class="worst">
        <caption>{t('worstServed')}</caption>
        <thead><tr><th scope="col">{t('client')}</th><th scope="col">{t('segment')}</th><th scope="col">{t('target')}</th>
          <th scope="col">{t('servedWithin')}</th><th scope="col">{t('nightsShort')}</th><th scope="col">{t('shortEarlier')}</th></tr></thead>
        <tbody>
          {e.worstServed.map((f) => (
            <tr key={f.clientId}>
              <th scope="row">{name(f.clientId)} ({f.clientId})</th><td>{code(f.segment)}</td><td>{f.targetNights}</td>
              <td>{f.servedWithinTarget}</td><td>{f.nightsShort}</td><td>{f.earlierShortfall}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="producers">
        <caption>{t('costByProducer')}</caption>
        <thead><tr><th scope="col">{t('producer')}</th><th scope="col">{t('clients')}</th><th scope="col">{t('nights')}</th>
          <th scope="col">{t('cost')}</th><th scope="col">{t('costPerClient')}</th><th scope="col">{t('perNight')}</th></tr></thead>
        <tbody>
          {Object.entries(kpis.costByProducer).map(([producer, c]) => (
            <tr key={producer}>
              <th scope="row">{t(producer as 'OWN')}</th><td>{c.clients}</td><td>{number(lang, c.nights)}</td><td>{euros(lang, c.cost)}</td>
              <td>{euros(lang, c.costPerClient)}</td><td>{euros(lang, c.costPerNight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
