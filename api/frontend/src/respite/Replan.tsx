import { useState } from 'preact/hooks';
import { get, post } from '../api';
import { api } from '../paths';
import { navigate } from '../routes';
import { can } from '../session';
import { ErrorBox, useLoad } from '../components';
import { addDays } from '../format';
import { useT } from '../i18n';
import type { PlanSummary, RespitePlan, Session } from '../types';
import { ContactList, Diff } from './Office';

/** A re-planned plan shows who must be told and (to planners) the families to contact; any plan can be re-planned as published with a change set. */
export function Replan({ planId, plan, session }: { planId: string; plan: RespitePlan; session: Session }) {
  return (
    <div class="replan">
      {plan.replanning != null && <Diff planId={planId} />}
      {plan.replanning != null && can(session, 'PLANNER') && <ContactList planId={planId} />}
      <Pending planId={planId} canAdd={can(session, 'PLANNER')} />
      {can(session, 'PLANNER') && <ReplanForm planId={planId} plan={plan} />}
      {plan.replanning == null && !can(session, 'PLANNER') && <NotReplanned />}
    </div>
  );
}

/** Changes kept for tonight's batch re-plan (operations run it nightly); a planner adds one as JSON. */
function Pending({ planId, canAdd }: { planId: string; canAdd: boolean }) {
  const t = useT();
  const pending = useLoad(() => get<Record<string, unknown>[]>(api.pendingChanges(planId)), [planId]);
  const [change, setChange] = useState('{"type": "CANCEL_STAY", "stayId": ""}');
  const [error, setError] = useState<unknown>();
  const add = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(change);
      } catch (parseError) {
        throw new Error(`${t('pendingChange')}: ${(parseError as Error).message}`);
      }
      await post(api.pendingChanges(planId), parsed);
      await pending.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="pending-title">
      <h3 id="pending-title">{t('pendingTitle')}</h3>
      <ErrorBox error={pending.error} />
      {pending.value?.length === 0 && <p class="muted">{t('noPending')}</p>}
      <ul class="pending">{pending.value?.map((c, i) => <li key={i}><code>{JSON.stringify(c)}</code></li>)}</ul>
      {canAdd && (
        <form class="row" onSubmit={add}>
          <label class="wide">{t('pendingChange')}
            <input value={change} onInput={(e) => setChange(e.currentTarget.value)} size={60} spellcheck={false} />
          </label>
          <button type="submit">{t('keepForTonight')}</button>
        </form>
      )}
      <ErrorBox error={error} />
    </section>
  );
}

function NotReplanned() {
  const t = useT();
  return <p class="muted">{t('notReplanned')}</p>;
}

function ReplanForm({ planId, plan }: { planId: string; plan: RespitePlan }) {
  const t = useT();
  const [today, setToday] = useState(addDays(plan.horizon.from, 31));
  const [freezeDays, setFreezeDays] = useState(14);
  const [changes, setChanges] = useState('[]');
  const [seconds, setSeconds] = useState(30);
  const [error, setError] = useState<unknown>();
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      const changeSet = JSON.parse(await file.text());
      if (changeSet.today) setToday(changeSet.today);
      if (changeSet.freezeDays != null) setFreezeDays(changeSet.freezeDays);
      setChanges(JSON.stringify(changeSet.changes ?? [], null, 1));
    } catch (e) {
      setError(new Error(`${file.name}: ${(e as Error).message}`));
    }
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(changes);
      } catch (parseError) {
        throw new Error(`${t('changeSet')}: ${(parseError as Error).message}`);
      }
      const created = await post<PlanSummary>(api.replan(planId, { timeLimitSeconds: seconds }),
        { today, freezeDays, changes: parsed });
      navigate(`/respite/${created.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="replan-title">
      <h3 id="replan-title">{t('replan')}</h3>
      <p class="muted">{t('replanIntro')}</p>
      <form class="grid-form" onSubmit={submit}>
        <label>{t('today')}<input type="date" value={today} onInput={(e) => setToday(e.currentTarget.value)} required /></label>
        <label>{t('freezeDays')}<input type="number" min={0} value={freezeDays} onInput={(e) => setFreezeDays(Number(e.currentTarget.value))} /></label>
        <label>{t('timeLimit')}<input type="number" min={1} max={1800} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value))} /></label>
        <label>{t('changeSetFile')}<input type="file" accept=".json,application/json" onChange={(e) => load(e.currentTarget.files?.[0])} /></label>
        <label class="wide">{t('changeSet')}
          <textarea rows={8} value={changes} onInput={(e) => setChanges(e.currentTarget.value)} spellcheck={false} />
        </label>
        <button type="submit" class="primary">{t('runReplan')}</button>
      </form>
      <ErrorBox error={error} />
    </section>
  );
}
