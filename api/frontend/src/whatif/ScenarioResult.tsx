import { useEffect, useRef, useState } from 'preact/hooks';
import { get } from '../api';
import { api } from '../paths';
import { DownloadInLanguage, ErrorBox, StatusBadge, useLoad, usePolling } from '../components';
import { Score } from '../score';
import { number } from '../format';
import { useLang, useT } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { KpiComparison, ScenarioView } from '../types';

/** Chart.js, loaded when the first comparison is drawn: the plan pages do not need it. */
async function loadChart() {
  const { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
  return Chart;
}

/** KPIs where a smaller value is the better plan; requested nights is demand, neither better nor worse. */
const LOWER_IS_BETTER = new Set(['unmetNights', 'clientsLeftWithNothing', 'totalCost', 'costPerServedNight', 'meanArrivalShiftDays',
  'familiesBelowEntitlement', 'entitlementNightsShort', 'costPerClientOwn', 'costPerNightOwn', 'costPerClientPurchased',
  'costPerNightPurchased', 'costPerClientVoucher', 'costPerNightVoucher']);
const NEUTRAL = new Set(['requestedNights']);

function deltaClass(kpi: string, delta: number): string {
  if (NEUTRAL.has(kpi)) return 'delta';
  return (LOWER_IS_BETTER.has(kpi) ? delta < 0 : delta > 0) ? 'delta better' : 'delta worse';
}

/** A scenario's variants while they solve, then the KPI table (values and deltas against the base) and a chart. */
export function ScenarioResult({ id }: { id: string }) {
  const t = useT();
  const scenario = useLoad(() => get<ScenarioView>(api.scenario(id)), [id]);
  usePolling(scenario.reload, 2000, scenario.value?.status === 'SOLVING', scenario.value?.status);
  const view = scenario.value;
  return (
    <section aria-labelledby="scenario-name">
      <ErrorBox error={scenario.error} />
      {view && (
        <>
          <h3 id="scenario-name">{view.name}</h3>
          <table>
            <thead><tr><th>{t('variant')}</th><th>{t('status')}</th><th>{t('score')}</th></tr></thead>
            <tbody>
              {view.variants.map((v) => (
                <tr key={v.planId} class={v.feasible === false ? 'infeasible' : ''}>
                  <td><a href={`#/respite/${v.planId}`}>{v.variant}</a>{v.feasible === false && <> <strong>✗ {t('infeasibleVariant')}</strong></>}</td>
                  <td><StatusBadge status={v.status} /></td>
                  <td><Score score={v.score} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.comparison && <Comparison id={id} comparison={view.comparison} />}
        </>
      )}
    </section>
  );
}

function Comparison({ id, comparison }: { id: string; comparison: KpiComparison }) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const [kpi, setKpi] = useState('servedNights');
  const format = (value: number) => number(lang, value, Math.abs(value) < 10 ? 3 : 0);
  return (
    <section aria-labelledby="comparison-title">
      <h3 id="comparison-title">{t('comparison')} <DownloadInLanguage href={api.comparisonCsv(id)} name="comparisonCsv" /></h3>
      <div class="grid-scroll">
        <table class="comparison">
          <thead>
            <tr>
              <th scope="col">{t('kpi')}</th>
              {comparison.columns.map((c) => (
                <th key={c.variant} scope="col" class={c.feasible ? undefined : 'infeasible'}>
                  {c.variant}{!c.feasible && <span class="flag"> ✗ {t('infeasibleVariant')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.kpis.map((name) => (
              <tr key={name} class={name === kpi ? 'chosen' : ''}>
                <th scope="row"><button type="button" class="link" onClick={() => setKpi(name)}>{code(name)}</button></th>
                {comparison.columns.map((c, i) => (
                  <td key={c.variant} class={c.feasible ? undefined : 'infeasible'}>
                    {format(c.values[name])}
                    {i > 0 && c.feasible && c.deltas[name] !== undefined && c.deltas[name] !== 0 && (
                      <span class={deltaClass(name, c.deltas[name])} title={t('delta')}>
                        {' '}({c.deltas[name] > 0 ? '+' : ''}{format(c.deltas[name])})
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label>{t('chartKpi')}
        <select value={kpi} onChange={(e) => setKpi(e.currentTarget.value)}>
          {comparison.kpis.map((name) => <option key={name} value={name}>{code(name)}</option>)}
        </select>
      </label>
      <KpiChart comparison={comparison} kpi={kpi} label={code(kpi)} />
    </section>
  );
}

function KpiChart({ comparison, kpi, label }: { comparison: KpiComparison; kpi: string; label: string }) {
  const flag = useT()('infeasibleVariant');
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void loadChart().then((Chart) => {
      if (cancelled) return;
      chart = new Chart(canvas.current!, {
        type: 'bar',
        data: {
          labels: comparison.columns.map((c) => c.variant),
          // A variant that breaks a rule is drawn red: its bar is no saving.
          datasets: [{ label, data: comparison.columns.map((c) => c.values[kpi]),
            backgroundColor: comparison.columns.map((c) => (c.feasible ? '#2f6f9f' : '#b3261e')) }],
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [comparison, kpi, label]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={`${label}: ${comparison.columns.map((c) => `${c.variant} ${c.values[kpi]}${c.feasible ? '' : ` (${flag})`}`).join(', ')}`} />
    </div>
  );
}
