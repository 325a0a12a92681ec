import { useState } from 'preact/hooks';
import { get, post, put, remove } from '../api';
import { api } from '../paths';
import { navigate } from '../routes';
import { can } from '../session';
import { ErrorBox, useLoad } from '../components';
import { addDays } from '../format';
import { useT } from '../i18n';
import type { ChangeResult, PlanSummary, RespitePlan, Session } from '../types';
import { ChangeForm, type Change } from './ChangeForm';
import { ContactList, Diff } from './Office';

/** A re-planned plan shows who must be told and (to planners) the families to contact; any plan can be re-planned as published with a change set. */
export function Replan({ planId, plan, session }: { planId: string; plan: RespitePlan; session: Session }) {
  return (
    <div class="replan">
      {plan.replanning != null && <Diff planId={planId} />}
      {plan.replanning != null && can(session, 'PLANNER') && <ContactList planId={planId} />}
      <Pending planId={planId} plan={plan} canAdd={can(session, 'PLANNER')} />
      {can(session, 'PLANNER') && <ReplanForm planId={planId} plan={plan} />}
      {plan.replanning == null && !can(session, 'PLANNER') && <NotReplanned />}
    </div>
  );
}

/** A change waiting for tonight, as the service lists it. */
type PendingChange = { id: number; change: Change; summary: string };

/**
 * Changes without JSON: a planner fills the form and changes the plan now (live while it solves) or keeps the
 * change for tonight's batch. The pending list is what tonight's batch will include; each can be edited or
 * removed, and "re-plan now" runs exactly this list (and takes it, as the night would).
 */
function Pending({ planId, plan, canAdd }: { planId: string; plan: RespitePlan; canAdd: boolean }) {
  const t = useT();
  const [today, setToday] = useState(addDays(plan.horizon.from, 31));
  const [seconds, setSeconds] = useState(30);
  const pending = useLoad(() => get<PendingChange[]>(api.pendingChanges(planId)), [planId]);
  const [editing, setEditing] = useState<PendingChange>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  /** Runs the work, showing its error; answers whether it went through. */
  const attempt = (work: () => Promise<void>) => async () => {
    setError(undefined);
    setDone(undefined);
    try {
      await work();
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };
  const replanNow = async (e: Event) => {
    e.preventDefault();
    await attempt(async () => {
      const created = await post<PlanSummary>(api.replanPending(planId, { today, timeLimitSeconds: seconds }));
      navigate(`/respite/${created.id}`);
    })();
  };
  return (
    <section aria-labelledby="pending-title">
      <h3 id="pending-title">{t('pendingTitle')}</h3>
      <ErrorBox error={pending.error} />
      {pending.value?.length === 0 && <p class="muted">{t('noPending')}</p>}
      {pending.value && pending.value.length > 0 && (
        <>
          <p class="muted">{t('tonightsBatch')}</p>
          <ol class="pending">
            {pending.value.map((p) => (
              <li key={p.id}>
                <span>{p.summary}</span>
                {canAdd && (
                  <>
                    <button type="button" class="link" onClick={() => setEditing(p)}>{t('edit')}</button>
                    <button type="button" class="link" onClick={attempt(async () => {
                      await remove(api.pendingChange(planId, p.id));
                      if (editing?.id === p.id) setEditing(undefined);
                      await pending.reload();
                    })}>{t('remove')}</button>
                  </>
                )}
              </li>
            ))}
          </ol>
          {canAdd && (
            <form class="row" onSubmit={replanNow}>
              <label class="inline">{t('today')}<input type="date" value={today} onInput={(e) => setToday(e.currentTarget.value)} required /></label>
              <label class="inline">{t('timeLimit')}
                <input type="number" min={1} max={1800} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value))} />
              </label>
              <button type="submit" class="primary">{t('replanNow')}</button>
            </form>
          )}
        </>
      )}
      {canAdd && editing && (
        <div class="card">
          <h4>{t('edit')}: {editing.summary}</h4>
          <ChangeForm key={editing.id} plan={plan} initial={editing.change} actions={[
            { label: t('save'), primary: true, run: async (change) => attempt(async () => {
              await put(api.pendingChange(planId, editing.id), change);
              setEditing(undefined);
              await pending.reload();
            })() },
            { label: t('cancelEdit'), run: async () => { setEditing(undefined); } },
          ]} />
        </div>
      )}
      {canAdd && !editing && (
        <ChangeForm plan={plan} actions={[
          { label: t('applyNow'), run: async (change) => attempt(async () => {
            const result = await post<ChangeResult>(api.changes(planId), change);
            setDone(t('changeApplied', { change: result.change }));
          })() },
          { label: t('keepForTonight'), primary: true, run: async (change) => attempt(async () => {
            const list = await post<PendingChange[]>(api.pendingChanges(planId), change);
            await pending.reload();
            setDone(t('changeKept', { change: list[list.length - 1].summary }));
          })() },
        ]} />
      )}
      {done && <p role="status">{done}</p>}
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
