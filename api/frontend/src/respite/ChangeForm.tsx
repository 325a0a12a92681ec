// A change to a respite plan without JSON: a new request (the client found by name), a cancellation, new
// dates or nights, a bed or a unit closed for dates, a staffing change. Applied now or kept for tonight.
import { useState } from 'preact/hooks';
import { addDays } from '../format';
import { useT, type MessageKey } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { RespitePlan } from '../types';

export type ChangeType = 'ADD_STAY' | 'CANCEL_STAY' | 'CHANGE_STAY' | 'CLOSE_BED' | 'CLOSE_UNIT' | 'CHANGE_STAFFING';
export const CHANGE_TYPES: ChangeType[] = ['ADD_STAY', 'CANCEL_STAY', 'CHANGE_STAY', 'CLOSE_BED', 'CLOSE_UNIT', 'CHANGE_STAFFING'];
const PRIORITIES = ['NORMAL', 'HIGH', 'URGENT'];
const SKILLS = ['AUTISM', 'MEDICATION', 'EPILEPSY', 'CHALLENGING_BEHAVIOUR', 'PHYSICAL_CARE', 'AWAKE_NIGHT', 'TUBE_FEEDING'];
/** Days either side of the requested arrival a new request's window gets unless the planner sets it. */
export const DEFAULT_FLEXIBILITY_DAYS = 3;

/** A change as the service reads it (README "Changes"). */
export type Change = Record<string, unknown> & { type: ChangeType };

/** The form's fields, flat: every change type reads the ones it needs. */
interface Fields {
  type: ChangeType; clientName: string; stayId: string; requested: string; nights: number; earliest: string; latest: string;
  priority: string; bedId: string; unitId: string; from: string; to: string; skill: string; capacity: number; awake: boolean;
}

function fieldsOf(change: Change | undefined, plan: RespitePlan): Fields {
  const start = plan.horizon.from;
  const fields: Fields = {
    type: 'ADD_STAY', clientName: '', stayId: '', requested: start, nights: 2, earliest: addDays(start, -DEFAULT_FLEXIBILITY_DAYS),
    latest: addDays(start, DEFAULT_FLEXIBILITY_DAYS), priority: 'NORMAL', bedId: '', unitId: plan.units[0]?.id ?? '', from: start, to: start,
    skill: '', capacity: 0, awake: false,
  };
  if (!change) return fields;
  const c = change as Record<string, any>;
  const stay = c.stay ?? c;
  const nights = c.nights ?? c.change?.nights;
  return {
    ...fields, type: change.type,
    clientName: plan.clients.find((client) => client.id === stay.client)?.name ?? '',
    stayId: c.stayId ?? '', requested: stay.requestedArrival ?? fields.requested,
    nights: typeof stay.nights === 'number' ? stay.nights : fields.nights,
    earliest: stay.earliestArrival ?? fields.earliest, latest: stay.latestArrival ?? fields.latest, priority: stay.priority ?? 'NORMAL',
    bedId: c.bedId ?? '', unitId: c.unitId ?? fields.unitId, from: nights?.from ?? start, to: nights?.to ?? start,
    skill: c.change?.skill ?? '', capacity: c.change?.capacity ?? 0, awake: c.change?.awakeNightStaff ?? false,
  };
}

function changeOf(f: Fields, plan: RespitePlan): Change {
  const nights = { from: f.from, to: f.to };
  switch (f.type) {
    case 'ADD_STAY': {
      const client = plan.clients.find((c) => c.name === f.clientName);
      return { type: 'ADD_STAY', stay: { id: `N${Date.now().toString(36).toUpperCase()}`, client: client?.id ?? f.clientName,
        requestedArrival: f.requested, nights: f.nights, earliestArrival: f.earliest, latestArrival: f.latest, priority: f.priority } };
    }
    case 'CANCEL_STAY': return { type: 'CANCEL_STAY', stayId: f.stayId };
    case 'CHANGE_STAY': return { type: 'CHANGE_STAY', stayId: f.stayId, requestedArrival: f.requested, nights: f.nights,
      earliestArrival: f.earliest, latestArrival: f.latest, priority: f.priority };
    case 'CLOSE_BED': return { type: 'CLOSE_BED', bedId: f.bedId, nights };
    case 'CLOSE_UNIT': return { type: 'CLOSE_UNIT', unitId: f.unitId, nights };
    case 'CHANGE_STAFFING': return { type: 'CHANGE_STAFFING', unitId: f.unitId,
      change: f.skill ? { nights, skill: f.skill, capacity: f.capacity } : { nights, awakeNightStaff: f.awake } };
  }
}

/**
 * The form for one change. {@code actions} are the buttons (apply now, keep for tonight, save an edit); each
 * gets the change the form describes.
 */
export function ChangeForm({ plan, initial, actions }: {
  plan: RespitePlan; initial?: Change; actions: { label: string; primary?: boolean; run: (change: Change) => Promise<void> }[];
}) {
  const t = useT();
  const code = useCodes();
  const [f, setF] = useState<Fields>(() => fieldsOf(initial, plan));
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Fields>) => setF((old) => ({ ...old, ...patch }));
  /** A new requested date moves the window with it, keeping its width. */
  const setRequested = (requested: string) => set({ requested, earliest: addDays(requested, -DEFAULT_FLEXIBILITY_DAYS),
    latest: addDays(requested, DEFAULT_FLEXIBILITY_DAYS) });
  const stayOf = (id: string) => plan.stays.find((s) => s.id === id);
  const clientName = (id: string) => plan.clients.find((c) => c.id === id)?.name ?? id;
  const pickStay = (stayId: string) => {
    const stay = stayOf(stayId);
    set(stay ? { stayId, requested: stay.requestedArrival, nights: stay.nights, earliest: stay.earliestArrival, latest: stay.latestArrival,
      priority: stay.priority } : { stayId });
  };
  const run = (action: (change: Change) => Promise<void>) => async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await action(changeOf(f, plan));
    } finally {
      setBusy(false);
    }
  };
  const beds = plan.units.flatMap((u) => u.rooms.flatMap((r) => r.beds.map((b) => ({ id: b.id, unit: u.name }))));
  const dates = (
    <>
      <label>{t('fromNight')}<input type="date" name="from" value={f.from} onInput={(e) => set({ from: e.currentTarget.value })} required /></label>
      <label>{t('toNight')}<input type="date" name="to" value={f.to} onInput={(e) => set({ to: e.currentTarget.value })} required /></label>
    </>
  );
  const window = (
    <>
      <label>{t('requestedArrival')}<input type="date" name="requestedArrival" value={f.requested}
        onInput={(e) => setRequested(e.currentTarget.value)} required /></label>
      <label>{t('nights')}<input type="number" name="nights" min={1} value={f.nights} onInput={(e) => set({ nights: Number(e.currentTarget.value) })} /></label>
      <label>{t('earliestArrival')}<input type="date" name="earliestArrival" value={f.earliest} onInput={(e) => set({ earliest: e.currentTarget.value })} /></label>
      <label>{t('latestArrival')}<input type="date" name="latestArrival" value={f.latest} onInput={(e) => set({ latest: e.currentTarget.value })} /></label>
      <label>{t('priority')}<select name="priority" value={f.priority} onChange={(e) => set({ priority: e.currentTarget.value })}>
        {PRIORITIES.map((p) => <option key={p} value={p}>{code(p)}</option>)}
      </select></label>
    </>
  );
  const stayPicker = (
    <label>{t('stay')}<select name="stayId" value={f.stayId} onChange={(e) => pickStay(e.currentTarget.value)} required>
      <option value="" />
      {plan.stays.map((s) => <option key={s.id} value={s.id}>{s.id} · {clientName(s.client)}</option>)}
    </select></label>
  );
  const unitPicker = (
    <label>{t('unit')}<select name="unitId" value={f.unitId} onChange={(e) => set({ unitId: e.currentTarget.value })}>
      {plan.units.map((u) => <option key={u.id} value={u.id}>{u.id} · {u.name}</option>)}
    </select></label>
  );
  return (
    <form class="grid-form change-form" aria-label={t('changeForm')}>
      <label>{t('changeType')}<select name="type" value={f.type} onChange={(e) => set({ type: e.currentTarget.value as ChangeType })}>
        {CHANGE_TYPES.map((type) => <option key={type} value={type}>{t(`change_${type}` as MessageKey)}</option>)}
      </select></label>
      {f.type === 'ADD_STAY' && (
        <>
          <label>{t('client')}<input name="clientName" list="client-names" value={f.clientName} autoComplete="off"
            onInput={(e) => set({ clientName: e.currentTarget.value })} required /></label>
          <datalist id="client-names">{plan.clients.map((c) => <option key={c.id} value={c.name}>{c.id}</option>)}</datalist>
          {window}
        </>
      )}
      {f.type === 'CANCEL_STAY' && stayPicker}
      {f.type === 'CHANGE_STAY' && <>{stayPicker}{window}</>}
      {f.type === 'CLOSE_BED' && (
        <>
          <label>{t('bed')}<select name="bedId" value={f.bedId} onChange={(e) => set({ bedId: e.currentTarget.value })} required>
            <option value="" />
            {beds.map((b) => <option key={b.id} value={b.id}>{b.id} · {b.unit}</option>)}
          </select></label>
          {dates}
        </>
      )}
      {f.type === 'CLOSE_UNIT' && <>{unitPicker}{dates}</>}
      {f.type === 'CHANGE_STAFFING' && (
        <>
          {unitPicker}{dates}
          <label>{t('skill')}<select name="skill" value={f.skill} onChange={(e) => set({ skill: e.currentTarget.value })}>
            <option value="">{t('awakeNightStaff')}</option>
            {SKILLS.map((s) => <option key={s} value={s}>{code(s)}</option>)}
          </select></label>
          {f.skill ? (
            <label>{t('capacity')}<input type="number" name="capacity" min={0} value={f.capacity}
              onInput={(e) => set({ capacity: Number(e.currentTarget.value) })} /></label>
          ) : (
            <label class="inline"><input type="checkbox" name="awake" checked={f.awake} onChange={(e) => set({ awake: e.currentTarget.checked })} />
              {t('awakeNightStaff')}</label>
          )}
        </>
      )}
      <span class="row">
        {actions.map((a) => (
          <button key={a.label} type="submit" class={a.primary ? 'primary' : undefined} disabled={busy} onClick={run(a.run)}>{a.label}</button>
        ))}
      </span>
    </form>
  );
}
