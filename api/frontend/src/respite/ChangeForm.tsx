// A change to a respite plan without JSON: a new request (the client found by name), a cancellation, new
// dates or nights, a bed or a unit closed for dates, a staffing change, a new client or new details of one.
// Applied now or kept for tonight.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { addDays } from '../format';
import { useT, type MessageKey } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { Client, Contact, RespitePlan } from '../types';

export type ChangeType = 'ADD_STAY' | 'CANCEL_STAY' | 'CHANGE_STAY' | 'CLOSE_BED' | 'CLOSE_UNIT' | 'CHANGE_STAFFING' | 'ADD_CLIENT'
  | 'UPDATE_CLIENT';
export const CHANGE_TYPES: ChangeType[] = ['ADD_STAY', 'CANCEL_STAY', 'CHANGE_STAY', 'CLOSE_BED', 'CLOSE_UNIT', 'CHANGE_STAFFING',
  'ADD_CLIENT', 'UPDATE_CLIENT'];
const PRIORITIES = ['NORMAL', 'HIGH', 'URGENT'];
const SKILLS = ['AUTISM', 'MEDICATION', 'EPILEPSY', 'CHALLENGING_BEHAVIOUR', 'PHYSICAL_CARE', 'AWAKE_NIGHT', 'TUBE_FEEDING'];
const NEEDS = [...SKILLS, 'AAC'];
const GENDERS = ['FEMALE', 'MALE', 'OTHER'];
const SEGMENTS = ['ADULT_AUTISM', 'ADULT_DEMANDING', 'ADULT_INTELLECTUAL', 'ADULT_PHYSICAL', 'CHILD_AUTISM', 'CHILD_DEMANDING',
  'CHILD_INTELLECTUAL', 'CHILD_PHYSICAL'];
const FEATURES = ['CEILING_HOIST', 'SENSORY_ROOM', 'SINGLE_ROOM', 'WHEELCHAIR_ACCESS'];

/** Days either side of the requested arrival a new request's window gets: the plan's parameter, else the service's default (3). */
export const flexibilityDays = (plan: RespitePlan) => plan.parameters?.defaultFlexibilityDays ?? 3;

/** A change as the service reads it (README "Changes"). */
export type Change = Record<string, unknown> & { type: ChangeType };

/** A client as the form knows it: the plan's, or one added or changed from this form (applied or kept for tonight). */
type KnownClient = Pick<Client, 'id' | 'name'> & Partial<Client> & { contact?: Contact | null };

/** The form's fields, flat: every change type reads the ones it needs. */
interface Fields {
  type: ChangeType; clientName: string; stayId: string; requested: string; nights: number; earliest: string; latest: string;
  priority: string; bedId: string; unitId: string; from: string; to: string; skill: string; capacity: number; awake: boolean;
  clientId: string; name: string; birthDate: string; gender: string; segment: string; language: string; needs: string[];
  requiredFeatures: string[]; preferredFeatures: string[]; entitlement: number; guardian: string; phone: string; email: string;
  contactLanguage: string;
}

/** The next free code in the plan's own style (C00054 → C00055); C1 in a plan without numbered codes. */
function nextClientId(clients: KnownClient[]): string {
  const numbered = clients.map((c) => /^C(\d+)$/.exec(c.id)).filter((m): m is RegExpExecArray => m != null);
  if (numbered.length === 0) return 'C1';
  const next = Math.max(...numbered.map((m) => Number(m[1]))) + 1;
  return `C${String(next).padStart(Math.max(...numbered.map((m) => m[1].length)), '0')}`;
}

/** A client's details as the form shows them. */
function clientFields(client: Partial<KnownClient & { client: unknown }>): Partial<Fields> {
  return {
    name: client.name ?? '', birthDate: client.birthDate ?? '', gender: client.gender ?? 'FEMALE', segment: client.segment ?? '',
    language: client.language ?? 'fi', needs: [...(client.needs ?? [])], requiredFeatures: [...(client.requiredFeatures ?? [])],
    preferredFeatures: [...(client.preferredFeatures ?? [])], entitlement: client.monthlyEntitlement ?? 0,
    guardian: client.contact?.guardian ?? '', phone: client.contact?.phone ?? '', email: client.contact?.email ?? '',
    contactLanguage: client.contact?.language ?? '',
  };
}

function fieldsOf(change: Change | undefined, plan: RespitePlan, clients: KnownClient[]): Fields {
  const start = plan.horizon.from;
  const flex = flexibilityDays(plan);
  const fields: Fields = {
    type: 'ADD_STAY', clientName: '', stayId: '', requested: start, nights: 2, earliest: addDays(start, -flex),
    latest: addDays(start, flex), priority: 'NORMAL', bedId: '', unitId: plan.units[0]?.id ?? '', from: start, to: start,
    skill: '', capacity: 0, awake: false, clientId: nextClientId(clients), ...clientFields({}),
  } as Fields;
  if (!change) return fields;
  const c = change as Record<string, any>;
  const stay = c.stay ?? c;
  const nights = c.nights ?? c.change?.nights;
  const clientId = c.clientId ?? c.id ?? fields.clientId;
  return {
    ...fields, type: change.type,
    clientName: clients.find((client) => client.id === (stay.client ?? c.clientId))?.name ?? '',
    stayId: c.stayId ?? '', requested: stay.requestedArrival ?? fields.requested,
    nights: typeof stay.nights === 'number' ? stay.nights : fields.nights,
    earliest: stay.earliestArrival ?? fields.earliest, latest: stay.latestArrival ?? fields.latest, priority: stay.priority ?? 'NORMAL',
    bedId: c.bedId ?? '', unitId: c.unitId ?? fields.unitId, from: nights?.from ?? start, to: nights?.to ?? start,
    skill: c.change?.skill ?? '', capacity: c.change?.capacity ?? 0, awake: c.change?.awakeNightStaff ?? false,
    ...(c.client && typeof c.client === 'object' ? { clientId, ...clientFields(c.client) } : {}),
  };
}

/** The client details the service reads (ADD_CLIENT, UPDATE_CLIENT); an empty contact field is left out. */
function detailsOf(f: Fields) {
  const contact = { guardian: f.guardian || null, phone: f.phone || null, email: f.email || null, language: f.contactLanguage || null };
  return {
    name: f.name, birthDate: f.birthDate, gender: f.gender, segment: f.segment || null, language: f.language || 'fi', needs: f.needs,
    requiredFeatures: f.requiredFeatures, preferredFeatures: f.preferredFeatures, monthlyEntitlement: f.entitlement,
    contact: Object.values(contact).some((v) => v != null) ? contact : null,
  };
}

function changeOf(f: Fields, clients: KnownClient[]): Change {
  const nights = { from: f.from, to: f.to };
  switch (f.type) {
    case 'ADD_STAY': {
      const client = clients.find((c) => c.name === f.clientName);
      return { type: 'ADD_STAY', stay: { id: `N${Date.now().toString(36).toUpperCase()}`, client: client?.id ?? f.clientName,
        requestedArrival: f.requested, nights: f.nights, earliestArrival: f.earliest, latestArrival: f.latest, priority: f.priority } };
    }
    case 'ADD_CLIENT': return { type: 'ADD_CLIENT', id: f.clientId, client: detailsOf(f) };
    case 'UPDATE_CLIENT': {
      const client = clients.find((c) => c.name === f.clientName);
      return { type: 'UPDATE_CLIENT', clientId: client?.id ?? f.clientName, client: detailsOf(f) };
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
 * A select named by its own label only: wrapped in the label, the label's text would also hold every option's
 * (and a field found by its label, e.g. {@code getByLabel('Muutos', { exact: true })}, would not be found).
 */
function Select({ label, name, value, onChange, required, children }: {
  label: string; name: string; value: string; onChange: (value: string) => void; required?: boolean; children: ComponentChildren;
}) {
  const id = useId();
  return (
    <label><span id={id}>{label}</span>
      <select name={name} aria-labelledby={id} value={value} required={required} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </label>
  );
}

/** Checkboxes for a set of codes (needs, features). */
function CodeSet({ legend, name, codes, value, onChange }: {
  legend: string; name: string; codes: string[]; value: string[]; onChange: (value: string[]) => void;
}) {
  const code = useCodes();
  return (
    <fieldset class="wide codes">
      <legend>{legend}</legend>
      {codes.map((c) => (
        <label key={c} class="inline"><input type="checkbox" name={name} value={c} checked={value.includes(c)}
          onChange={(e) => onChange(e.currentTarget.checked ? [...value, c] : value.filter((v) => v !== c))} />{code(c)}</label>
      ))}
    </fieldset>
  );
}

/**
 * The form for one change. {@code actions} are the buttons (apply now, keep for tonight, save an edit); each
 * gets the change the form describes and answers whether it went through. A client added through the form is
 * known to it at once, and the form goes on to a new request for them.
 */
export function ChangeForm({ plan, initial, actions }: {
  plan: RespitePlan; initial?: Change;
  actions: { label: string; primary?: boolean; run: (change: Change) => Promise<boolean | void> }[];
}) {
  const t = useT();
  const code = useCodes();
  const [added, setAdded] = useState<KnownClient[]>([]);
  const clients: KnownClient[] = [...plan.clients.filter((c) => !added.some((a) => a.id === c.id)), ...added];
  const [f, setF] = useState<Fields>(() => fieldsOf(initial, plan, clients));
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Fields>) => setF((old) => ({ ...old, ...patch }));
  const flex = flexibilityDays(plan);
  /** A new requested date moves the window with it: the plan's flexibility either side. */
  const setRequested = (requested: string) => set({ requested, earliest: addDays(requested, -flex), latest: addDays(requested, flex) });
  /** Editing a client starts from their current details, found by name. */
  const pickClient = (clientName: string) => {
    const client = f.type === 'UPDATE_CLIENT' ? clients.find((c) => c.name === clientName) : undefined;
    set(client ? { clientName, clientId: client.id, ...clientFields(client) } : { clientName });
  };
  const stayOf = (id: string) => plan.stays.find((s) => s.id === id);
  const clientName = (id: string) => plan.clients.find((c) => c.id === id)?.name ?? id;
  const pickStay = (stayId: string) => {
    const stay = stayOf(stayId);
    set(stay ? { stayId, requested: stay.requestedArrival, nights: stay.nights, earliest: stay.earliestArrival, latest: stay.latestArrival,
      priority: stay.priority } : { stayId });
  };
  /** A new client starts empty with the next free code; a client's details start from the one named in the form. */
  const setType = (type: ChangeType) => {
    const named = clients.find((c) => c.name === f.clientName);
    if (type === 'ADD_CLIENT') set({ type, clientId: nextClientId(clients), ...clientFields({}) });
    else if (type === 'UPDATE_CLIENT' && named) set({ type, clientId: named.id, ...clientFields(named) });
    else set({ type });
  };
  const run = (action: (change: Change) => Promise<boolean | void>) => async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const change = changeOf(f, clients);
      const done = await action(change);
      if (done !== false && (change.type === 'ADD_CLIENT' || change.type === 'UPDATE_CLIENT')) {
        const client = { id: (change.id ?? change.clientId) as string, ...(change.client as object) } as KnownClient;
        setAdded((old) => [...old.filter((c) => c.id !== client.id), client]);
        if (change.type === 'ADD_CLIENT') set({ type: 'ADD_STAY', clientName: client.name, clientId: nextClientId([...clients, client]) });
      }
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
      <Select label={t('priority')} name="priority" value={f.priority} onChange={(priority) => set({ priority })}>
        {PRIORITIES.map((p) => <option key={p} value={p}>{code(p)}</option>)}
      </Select>
    </>
  );
  const stayPicker = (
    <Select label={t('stay')} name="stayId" value={f.stayId} onChange={pickStay} required>
      <option value="" />
      {plan.stays.map((s) => <option key={s.id} value={s.id}>{s.id} · {clientName(s.client)}</option>)}
    </Select>
  );
  const formId = useId();
  const segments = [...new Set([...SEGMENTS, ...plan.clients.map((c) => c.segment).filter(Boolean)])];
  const features = [...new Set([...FEATURES, ...plan.units.flatMap((u) => [...u.features, ...u.rooms.flatMap((r) => r.features)])])];
  const clientDetails = (
    <>
      <label>{t('name')}<input name="name" value={f.name} onInput={(e) => set({ name: e.currentTarget.value })} required /></label>
      <label>{t('birthDate')}<input type="date" name="birthDate" value={f.birthDate} onInput={(e) => set({ birthDate: e.currentTarget.value })}
        required /></label>
      <Select label={t('gender')} name="gender" value={f.gender} onChange={(gender) => set({ gender })}>
        {GENDERS.map((g) => <option key={g} value={g}>{code(g)}</option>)}
      </Select>
      <Select label={t('segment')} name="segment" value={f.segment} onChange={(segment) => set({ segment })}>
        <option value="" />
        {segments.map((s) => <option key={s} value={s}>{code(s)}</option>)}
      </Select>
      <Select label={t('clientLanguage')} name="language" value={f.language} onChange={(language) => set({ language })}>
        <option value="fi">{code('fi')}</option><option value="sv">{code('sv')}</option>
      </Select>
      <label>{t('monthlyEntitlement')}<input type="number" name="monthlyEntitlement" min={0} value={f.entitlement}
        onInput={(e) => set({ entitlement: Number(e.currentTarget.value) })} /></label>
      <CodeSet legend={t('needs')} name="needs" codes={NEEDS} value={f.needs} onChange={(needs) => set({ needs })} />
      <CodeSet legend={t('requiredFeatures')} name="requiredFeatures" codes={features} value={f.requiredFeatures}
        onChange={(requiredFeatures) => set({ requiredFeatures })} />
      <CodeSet legend={t('preferredFeatures')} name="preferredFeatures" codes={features} value={f.preferredFeatures}
        onChange={(preferredFeatures) => set({ preferredFeatures })} />
      <label>{t('guardian')}<input name="guardian" value={f.guardian} onInput={(e) => set({ guardian: e.currentTarget.value })} /></label>
      <label>{t('phone')}<input type="tel" name="phone" value={f.phone} onInput={(e) => set({ phone: e.currentTarget.value })} /></label>
      <label>{t('email')}<input type="email" name="email" value={f.email} onInput={(e) => set({ email: e.currentTarget.value })} /></label>
      <Select label={t('familyLanguage')} name="contactLanguage" value={f.contactLanguage} onChange={(contactLanguage) => set({ contactLanguage })}>
        <option value="" /><option value="fi">{code('fi')}</option><option value="sv">{code('sv')}</option>
      </Select>
    </>
  );
  const unitPicker = (
    <Select label={t('unit')} name="unitId" value={f.unitId} onChange={(unitId) => set({ unitId })}>
      {plan.units.map((u) => <option key={u.id} value={u.id}>{u.id} · {u.name}</option>)}
    </Select>
  );
  return (
    <form class="grid-form change-form" aria-label={t('changeForm')}>
      <Select label={t('changeType')} name="type" value={f.type} onChange={(type) => setType(type as ChangeType)}>
        {CHANGE_TYPES.map((type) => <option key={type} value={type}>{t(`change_${type}` as MessageKey)}</option>)}
      </Select>
      {(f.type === 'ADD_STAY' || f.type === 'UPDATE_CLIENT') && (
        <>
          <label>{t('client')}<input name="clientName" list={`${formId}-clients`} value={f.clientName} autoComplete="off"
            onInput={(e) => pickClient(e.currentTarget.value)} required /></label>
          <datalist id={`${formId}-clients`}>{clients.map((c) => <option key={c.id} value={c.name}>{c.id}</option>)}</datalist>
        </>
      )}
      {f.type === 'ADD_STAY' && window}
      {f.type === 'ADD_CLIENT' && (
        <label>{t('clientId')}<input name="clientId" value={f.clientId} onInput={(e) => set({ clientId: e.currentTarget.value })} required /></label>
      )}
      {(f.type === 'ADD_CLIENT' || f.type === 'UPDATE_CLIENT') && clientDetails}
      {f.type === 'CANCEL_STAY' && stayPicker}
      {f.type === 'CHANGE_STAY' && <>{stayPicker}{window}</>}
      {f.type === 'CLOSE_BED' && (
        <>
          <Select label={t('bed')} name="bedId" value={f.bedId} onChange={(bedId) => set({ bedId })} required>
            <option value="" />
            {beds.map((b) => <option key={b.id} value={b.id}>{b.id} · {b.unit}</option>)}
          </Select>
          {dates}
        </>
      )}
      {f.type === 'CLOSE_UNIT' && <>{unitPicker}{dates}</>}
      {f.type === 'CHANGE_STAFFING' && (
        <>
          {unitPicker}{dates}
          <Select label={t('skill')} name="skill" value={f.skill} onChange={(skill) => set({ skill })}>
            <option value="">{t('awakeNightStaff')}</option>
            {SKILLS.map((s) => <option key={s} value={s}>{code(s)}</option>)}
          </Select>
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
