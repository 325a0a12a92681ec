import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../api';
import { api } from '../paths';
import { navigate } from '../routes';
import { can } from '../session';
import { DownloadInLanguage, ErrorBox, StatusBadge, useLoad, usePolling } from '../components';
import { euros, number } from '../format';
import { useLang, useT } from '../i18n';
import { Score } from '../score';
import type { PlanSummary, RespitePlan, Session, SweepPoint, SweepView } from '../types';

/** Chart.js with line charts, loaded when the first curve is drawn. */
async function loadChart() {
  const { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } = await import('chart.js');
  Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);
  return Chart;
}

/** How much capacity is enough: a new sweep from a solved plan, or a sweep's steps and, once solved, its curve. */
export function Sweep({ sweepId, session }: { sweepId?: string; session: Session }) {
  const t = useT();
  return (
    <>
      <h2>{t('sweepTitle')}</h2>
      {sweepId ? <SweepResult id={sweepId} /> : can(session, 'MANAGER') ? <NewSweep /> : <p>{t('sweepIntro')}</p>}
    </>
  );
}

/** Two axes to start from: own beds in the plan's first children's unit (else its first) against a purchased block. */
function exampleAxes(plan: RespitePlan | undefined): string {
  const unit = plan?.units.find((u) => u.producer === 'OWN' && u.maxAge < 18) ?? plan?.units[0];
  if (!unit) return '[]';
  return JSON.stringify([
    { type: 'OWN_BEDS', name: 'own beds', unitId: unit.id, bedsPerStep: 2, steps: 3, fixedCostPerBedNight: 150 },
    { type: 'PURCHASED_BLOCK', name: 'purchased block', unitId: 'P-SWEEP', minAge: unit.minAge, maxAge: unit.maxAge,
      costPerNight: 320, location: (unit as typeof unit & { location?: unknown }).location, features: unit.features, bedsPerStep: 2,
      steps: 3, skillCapacity: unit.skillCapacity, awakeNightStaff: true },
  ], null, 1);
}

function NewSweep() {
  const t = useT();
  const plans = useLoad(() => get<PlanSummary[]>(api.plans('respite')), []);
  const bases = (plans.value ?? []).filter((p) => p.score && p.status !== 'QUEUED' && p.status !== 'SOLVING');
  const [basePlanId, setBasePlanId] = useState('');
  const [axes, setAxes] = useState('[]');
  const [name, setName] = useState('');
  const [seconds, setSeconds] = useState(20);
  const [error, setError] = useState<unknown>();
  const choose = async (id: string) => {
    setBasePlanId(id);
    try {
      setAxes(exampleAxes(id ? await get<RespitePlan>(api.solution('respite', id)) : undefined));
    } catch (e) {
      setError(e);
    }
  };
  const run = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(axes);
      } catch (parseError) {
        throw new Error(`${t('sweepAxes')}: ${(parseError as Error).message}`);
      }
      const created = await post<SweepView>(api.sweeps(), { name: name || 'sweep', basePlanId, axes: parsed, timeLimitSeconds: seconds });
      navigate(`/sweep/${created.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class="card" aria-labelledby="sweep-intro">
      <p class="muted" id="sweep-intro">{t('sweepIntro')}</p>
      <ErrorBox error={plans.error} />
      <form class="grid-form" onSubmit={run}>
        <label>{t('basePlan')}
          <select value={basePlanId} onChange={(e) => choose(e.currentTarget.value)} required>
            <option value="">–</option>
            {bases.map((p) => <option key={p.id} value={p.id}>{p.name ?? p.id}</option>)}
          </select>
        </label>
        <label>{t('sweepName')}<input value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
        <label>{t('timeLimit')}<input type="number" min={1} max={1800} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value))} /></label>
        <label class="wide">{t('sweepAxes')}
          <textarea rows={10} value={axes} onInput={(e) => setAxes(e.currentTarget.value)} spellcheck={false} />
        </label>
        <button type="submit" class="primary">{t('run')}</button>
      </form>
      <ErrorBox error={error} />
    </section>
  );
}

function SweepResult({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const sweep = useLoad(() => get<SweepView>(api.sweep(id)), [id]);
  usePolling(sweep.reload, 2000, sweep.value?.status === 'SOLVING', sweep.value?.status);
  const view = sweep.value;
  const result = view?.result;
  const rows: SweepPoint[] = result ? [result.base, ...result.points] : [];
  return (
    <section aria-labelledby="sweep-name">
      <ErrorBox error={sweep.error} />
      {view && (
        <>
          <h3 id="sweep-name">{view.name}</h3>
          <table class="sweep-steps">
            <thead><tr><th>{t('sweepStep')}</th><th>{t('status')}</th><th>{t('score')}</th></tr></thead>
            <tbody>
              {view.steps.map((s) => (
                <tr key={s.planId}>
                  <td><a href={`#/respite/${s.planId}`}>{s.step}</a></td><td>{s.status && <StatusBadge status={s.status} />}</td>
                  <td><Score score={s.score} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {result && (
            <>
              <h3>{t('sweepAnswer')} <DownloadInLanguage href={api.sweepCsv(id)} name="sweepCsv" /></h3>
              <ul class="answers">
                {result.answers.map((a) => (
                  <li key={a.axis}>
                    {t(a.everyDecisionMet ? 'sweepMet' : 'sweepBest', {
                      axis: a.axis, capacity: a.point.capacity, families: a.point.familiesBelowEntitlement,
                      nights: a.point.entitlementNightsShort, cost: euros(lang, a.point.operatingCost + a.point.fixedCost),
                    })}
                  </li>
                ))}
                {result.equalCoverage.map((pair) => (
                  <li key={`${pair.first.axis}-${pair.second.axis}`}>
                    {t('sweepEqual', {
                      families: pair.familiesBelowEntitlement, first: pair.first.axis, firstCapacity: pair.first.capacity,
                      firstCost: euros(lang, pair.first.operatingCost + pair.first.fixedCost), second: pair.second.axis,
                      secondCapacity: pair.second.capacity, secondCost: euros(lang, pair.second.operatingCost + pair.second.fixedCost),
                    })}
                  </li>
                ))}
              </ul>
              <SweepChart points={rows} />
              <div class="grid-scroll">
                <table class="sweep">
                  <thead>
                    <tr><th scope="col">{t('sweepAxis')}</th><th scope="col">{t('capacityAdded')}</th><th scope="col">{t('familiesBelow')}</th>
                      <th scope="col">{t('nightsShort')}</th><th scope="col">{t('grantedServed')}</th><th scope="col">{t('servedNights')}</th>
                      <th scope="col">{t('cost')}</th><th scope="col">{t('fixedCost')}</th></tr>
                  </thead>
                  <tbody>
                    {rows.map((p) => (
                      <tr key={`${p.axis}-${p.step}`} class={p.feasible ? undefined : 'infeasible'}>
                        <th scope="row">{p.axis}{!p.feasible && <span class="flag"> ✗ {t('infeasibleStep')}</span>}</th><td>{p.capacity}</td><td>{p.familiesBelowEntitlement}</td><td>{p.entitlementNightsShort}</td>
                        <td>{number(lang, p.entitlementShare * 100, 1)} %</td><td>{number(lang, p.servedNights)}</td>
                        <td>{euros(lang, p.operatingCost + p.fixedCost)}</td><td>{euros(lang, p.fixedCost)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

const COLOURS = ['#2f6f9f', '#b5562b', '#4f8a3c', '#7a4f9f'];

/** Families below their decision (left axis) and cost (right axis) against the capacity added, one pair of lines per axis. */
function SweepChart({ points }: { points: SweepPoint[] }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const base = points[0];
  const axes = [...new Set(points.slice(1).map((p) => p.axis))];
  const capacities = [...new Set(points.map((p) => p.capacity))].sort((a, b) => a - b);
  const curve = (axis: string) => [base, ...points.filter((p) => p.axis === axis)];
  const at = (axis: string, read: (p: SweepPoint) => number) =>
    capacities.map((c) => { const p = curve(axis).find((q) => q.capacity === c); return p ? read(p) : null; });
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void loadChart().then((Chart) => {
      if (cancelled) return;
      chart = new Chart(canvas.current!, {
        type: 'line',
        data: {
          labels: capacities.map(String),
          datasets: axes.flatMap((axis, i) => [
            { label: `${axis}: ${t('familiesBelow')}`, data: at(axis, (p) => p.familiesBelowEntitlement), borderColor: COLOURS[i % 4],
              yAxisID: 'families', spanGaps: true },
            { label: `${axis}: ${t('cost')}`, data: at(axis, (p) => p.operatingCost + p.fixedCost), borderColor: COLOURS[i % 4],
              borderDash: [6, 4], yAxisID: 'cost', spanGaps: true },
          ]),
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: {
            x: { title: { display: true, text: t('capacityAdded') } },
            families: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: t('familiesBelow') } },
            cost: { type: 'linear', position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: t('cost') } },
          },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [points, t]);
  const summary = axes.map((axis) => `${axis}: ${curve(axis).map((p) => `${p.capacity} → ${p.familiesBelowEntitlement}`).join(', ')}`).join('; ');
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={`${t('familiesBelow')} / ${t('capacityAdded')}: ${summary}`} />
    </div>
  );
}
