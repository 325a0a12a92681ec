import { useState } from 'preact/hooks';
import { post } from '../api';
import { api } from '../paths';
import { ErrorBox } from '../components';
import { date } from '../format';
import { label, useLang, useT } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { ChangeResult, NewStay, Recommendation, RespitePlan } from '../types';

/** A new request: the best (bed, arrival) places with their score change, without touching the plan; apply one to add it. */
export function Recommend({ planId, plan, onApplied }: { planId: string; plan: RespitePlan; onApplied: () => Promise<void> }) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const [request, setRequest] = useState<NewStay>(() => ({
    id: `N${Date.now().toString(36).toUpperCase()}`, client: plan.clients[0]?.id ?? '', requestedArrival: plan.horizon.from, nights: 2,
    earliestArrival: plan.horizon.from, latestArrival: plan.horizon.from, priority: 'NORMAL',
  }));
  const [options, setOptions] = useState<Recommendation[]>();
  const [applied, setApplied] = useState<string>();
  /** A place that breaks a rule, waiting for the reason it is applied anyway. */
  const [anyway, setAnyway] = useState<Recommendation>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const set = (field: keyof NewStay) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setRequest({ ...request, [field]: field === 'nights' ? Number(value) : value });
  };
  const find = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setApplied(undefined);
    try {
      setOptions(await post<Recommendation[]>(api.recommendations(planId, 5), request));
    } catch (err) {
      setError(err);
    }
  };
  const apply = async (option: Recommendation, why?: string) => {
    setError(undefined);
    try {
      const result = await post<ChangeResult>(api.applyRecommendation(planId),
        { stay: request, bed: option.bed, arrival: option.arrival, reason: why });
      setApplied(result.change);
      setOptions(undefined);
      setAnyway(undefined);
      setReason('');
      setRequest({ ...request, id: `N${Date.now().toString(36).toUpperCase()}` });
      await onApplied();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div class="recommend">
      <p class="muted">{t('recommendIntro')}</p>
      <form class="grid-form" onSubmit={find}>
        <label>{t('stayId')}<input value={request.id} onInput={set('id')} required /></label>
        <label>{t('client')}
          <input list="clients" value={request.client} onInput={set('client')} required />
          <datalist id="clients">{plan.clients.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</datalist>
        </label>
        <label>{t('requestedArrival')}<input type="date" value={request.requestedArrival} onInput={set('requestedArrival')} required /></label>
        <label>{t('earliest')}<input type="date" value={request.earliestArrival} onInput={set('earliestArrival')} required /></label>
        <label>{t('latest')}<input type="date" value={request.latestArrival} onInput={set('latestArrival')} required /></label>
        <label>{t('nights')}<input type="number" min={1} max={60} value={request.nights} onInput={set('nights')} required /></label>
        <label>{t('priority')}
          <select value={request.priority} onChange={set('priority')}>
            {['NORMAL', 'HIGH', 'URGENT'].map((p) => <option key={p} value={p}>{code(p)}</option>)}
          </select>
        </label>
        <button type="submit" class="primary">{t('findPlaces')}</button>
      </form>
      {anyway && (
        <form class="apply-anyway" onSubmit={(e) => { e.preventDefault(); void apply(anyway, reason); }}>
          <label>{t('applyReason')}
            <textarea value={reason} maxLength={500} required rows={2} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <button type="submit" class="danger">{t('applyAnyway')}</button>
          <button type="button" onClick={() => setAnyway(undefined)}>{t('cancel')}</button>
        </form>
      )}
      <ErrorBox error={error} />
      {applied && <p role="status" class="ok">{t('applied', { change: applied })}</p>}
      {options?.length === 0 && <p>{t('noRecommendations')}</p>}
      {options && options.length > 0 && (
        <table>
          <thead><tr><th>{t('unit')}</th><th>{t('producer')}</th><th>{t('bed')}</th><th>{t('arrival')}</th><th>{t('scoreChange')}</th><th>{t('feasible')}</th><th /></tr></thead>
          <tbody>
            {options.map((o) => (
              <tr key={`${o.bed}-${o.arrival}`} class={o.feasible ? '' : 'infeasible'}>
                <td>{o.unitName}</td><td>{label(t, o.producer)}</td><td>{o.bed}</td><td>{date(lang, o.arrival)}</td>
                <td><code>{o.scoreDiff}</code></td><td>{o.feasible ? '✓' : `✗ ${o.text ?? t('breaksHard')}`}</td>
                <td><button type="button" onClick={() => (o.feasible ? apply(o) : setAnyway(o))}>{t(o.feasible ? 'apply' : 'applyAnyway')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
