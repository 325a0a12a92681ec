import { useState } from 'preact/hooks';
import { get, post } from '../api';
import { api } from '../paths';
import { navigate } from '../routes';
import { can } from '../session';
import { ErrorBox, useLoad } from '../components';
import { useT, type MessageKey } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { PlanSummary, RespitePlan, ScenarioRequest, ScenarioView, Session } from '../types';
import { ScenarioResult } from './ScenarioResult';

const CHANGE_TYPES = ['ADD_BEDS', 'REMOVE_BEDS', 'CLOSE_UNIT', 'SET_PRICE', 'CHANGE_STAFFING', 'SCALE_DEMAND'] as const;
type ChangeType = (typeof CHANGE_TYPES)[number];
const SKILLS = ['AUTISM', 'MEDICATION', 'EPILEPSY', 'CHALLENGING_BEHAVIOUR', 'PHYSICAL_CARE', 'AWAKE_NIGHT', 'TUBE_FEEDING', 'AAC'];

interface Variant { name: string; changes: Record<string, unknown>[] }

export function WhatIf({ scenarioId, session }: { scenarioId?: string; session: Session }) {
  const t = useT();
  return (
    <>
      <h2>{t('whatIf')}</h2>
      {scenarioId ? <ScenarioResult id={scenarioId} /> : can(session, 'MANAGER') ? <NewScenario /> : <p>{t('whatIfIntro')}</p>}
    </>
  );
}

function NewScenario() {
  const t = useT();
  const plans = useLoad(() => get<PlanSummary[]>(api.plans('respite')), []);
  const bases = (plans.value ?? []).filter((p) => p.score && p.status !== 'QUEUED' && p.status !== 'SOLVING');
  const [basePlanId, setBasePlanId] = useState('');
  const base = useLoad(() => (basePlanId ? get<RespitePlan>(api.solution('respite', basePlanId)) : Promise.resolve(undefined)),
    [basePlanId]);
  const [name, setName] = useState('');
  const [seconds, setSeconds] = useState(30);
  const [variants, setVariants] = useState<Variant[]>([]);
  const [json, setJson] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();

  const run = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      const list = json === null ? variants : JSON.parse(json);
      const request: ScenarioRequest = { name: name || 'what-if', basePlanId, variants: list, timeLimitSeconds: seconds };
      const created = await post<ScenarioView>(api.scenarios(), request);
      navigate(`/whatif/${created.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class="card" aria-labelledby="scenario-title">
      <p class="muted" id="scenario-title">{t('whatIfIntro')}</p>
      <ErrorBox error={plans.error} />
      {plans.value && bases.length === 0 && <p>{t('noRespitePlans')}</p>}
      <form class="grid-form" onSubmit={run}>
        <label>{t('basePlan')}
          <select value={basePlanId} onChange={(e) => setBasePlanId(e.currentTarget.value)} required>
            <option value="">{t('pickBase')}</option>
            {bases.map((p) => <option key={p.id} value={p.id}>{p.name} · {p.score}</option>)}
          </select>
        </label>
        <label>{t('scenarioName')}<input value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
        <label>{t('timeLimit')}<input type="number" min={1} max={1800} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value))} /></label>
        <fieldset class="wide">
          <legend>{t('variants')}</legend>
          {json === null ? (
            <>
              {variants.length === 0 && <p class="muted">{t('noVariants')}</p>}
              <ol class="variants">
                {variants.map((v, i) => (
                  <li key={i}>
                    <strong>{v.name}</strong> <code>{JSON.stringify(v.changes)}</code>{' '}
                    <button type="button" onClick={() => setVariants(variants.filter((_, j) => j !== i))}>{t('remove')}</button>
                  </li>
                ))}
              </ol>
              {base.value && <VariantForm plan={base.value} onAdd={(v) => setVariants([...variants, v])} />}
            </>
          ) : (
            <textarea rows={10} aria-label={t('variants')} value={json} onInput={(e) => setJson(e.currentTarget.value)} spellcheck={false} />
          )}
          <label class="inline">
            <input type="checkbox" checked={json !== null} onChange={(e) => {
              if (e.currentTarget.checked) {
                setJson(JSON.stringify(variants, null, 1));
              } else {
                try { setVariants(JSON.parse(json ?? '[]')); setJson(null); } catch (err) { setError(err); }
              }
            }} /> {t('editJson')}
          </label>
        </fieldset>
        <button type="submit" class="primary" disabled={!basePlanId || (json === null && variants.length === 0)}>{t('run')}</button>
      </form>
      <ErrorBox error={error} />
    </section>
  );
}

/** One variant with one change; several changes per variant go through "edit as JSON". */
function VariantForm({ plan, onAdd }: { plan: RespitePlan; onAdd: (variant: Variant) => void }) {
  const t = useT();
  const code = useCodes();
  const [type, setType] = useState<ChangeType>('ADD_BEDS');
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState(plan.units[0]?.id ?? '');
  const [amount, setAmount] = useState(2);
  const [skill, setSkill] = useState('AUTISM');
  const [from, setFrom] = useState(plan.horizon.from);
  const [to, setTo] = useState(plan.horizon.to);
  const change = (): Record<string, unknown> => {
    const nights = { from, to };
    switch (type) {
      case 'ADD_BEDS': case 'REMOVE_BEDS': return { type, unitId, count: amount };
      case 'CLOSE_UNIT': return { type, unitId, nights };
      case 'SET_PRICE': return { type, unitId, costPerNight: amount };
      case 'CHANGE_STAFFING': return { type, unitId, change: { nights, skill, capacity: amount } };
      case 'SCALE_DEMAND': return { type, factor: amount, seed: 1 };
    }
  };
  const amountLabel: MessageKey = type === 'SET_PRICE' ? 'price' : type === 'SCALE_DEMAND' ? 'factor' : type === 'CHANGE_STAFFING' ? 'capacity' : 'count';
  const add = () => {
    const variant = { name: name || `${t(type)} ${type === 'SCALE_DEMAND' ? amount : unitId}`, changes: [change()] };
    onAdd(variant);
    setName('');
  };
  return (
    <div class="variant-form row">
      <label>{t('variantName')}<input value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
      <label>{t('changeType')}
        <select value={type} onChange={(e) => setType(e.currentTarget.value as ChangeType)}>
          {CHANGE_TYPES.map((c) => <option key={c} value={c}>{t(c)}</option>)}
        </select>
      </label>
      {type !== 'SCALE_DEMAND' && (
        <label>{t('unit')}
          <select value={unitId} onChange={(e) => setUnitId(e.currentTarget.value)}>
            {plan.units.map((u) => <option key={u.id} value={u.id}>{u.id} · {u.name}</option>)}
          </select>
        </label>
      )}
      {type !== 'CLOSE_UNIT' && (
        <label>{t(amountLabel)}
          <input type="number" step={type === 'SCALE_DEMAND' ? 0.05 : 1} value={amount} onInput={(e) => setAmount(Number(e.currentTarget.value))} />
        </label>
      )}
      {type === 'CHANGE_STAFFING' && (
        <label>{t('skill')}
          <select value={skill} onChange={(e) => setSkill(e.currentTarget.value)}>{SKILLS.map((s) => <option key={s} value={s}>{code(s)}</option>)}</select>
        </label>
      )}
      {(type === 'CLOSE_UNIT' || type === 'CHANGE_STAFFING') && (
        <>
          <label>{t('from')}<input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
          <label>{t('to')}<input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></label>
        </>
      )}
      <button type="button" onClick={add}>{t('addVariant')}</button>
    </div>
  );
}
