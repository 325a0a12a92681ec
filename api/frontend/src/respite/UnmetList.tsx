import { useMemo, useState } from 'preact/hooks';
import { get } from '../api';
import { api } from '../paths';
import { ErrorBox, useLoad } from '../components';
import { date, spreadsheetCsv } from '../format';
import { useLang, useT, type MessageKey } from '../i18n';
import { useCodes } from '../i18n/codes';
import type { Client, RespitePlan, Unmet } from '../types';

const PRIORITY_ORDER: Record<string, number> = { URGENT: 0, HIGH: 1, NORMAL: 2 };

type Column = 'stay' | 'client' | 'unit' | 'segment' | 'priority' | 'window' | 'nights' | 'reason';
type Filters = { unit: string; segment: string; priority: string; reason: string };
const NO_FILTER: Filters = { unit: '', segment: '', priority: '', reason: '' };
/** The filter value for requests whose family named no unit. */
const NO_WISH = '-';

interface Row { unmet: Unmet; client: Client | undefined; unit: string; reason: string }

/** The unit a request concerns for a planner: the client's usual unit, else their first preferred one. */
const wishedUnit = (client: Client | undefined) => client?.usualUnit ?? client?.preferredUnits[0] ?? '';

function compare(column: Column, a: Row, b: Row): number {
  switch (column) {
    case 'stay': return a.unmet.stayId.localeCompare(b.unmet.stayId);
    case 'client': return (a.client?.name ?? '').localeCompare(b.client?.name ?? '');
    case 'unit': return a.unit.localeCompare(b.unit);
    case 'segment': return (a.client?.segment ?? '').localeCompare(b.client?.segment ?? '');
    case 'priority': return (PRIORITY_ORDER[a.unmet.priority] ?? 9) - (PRIORITY_ORDER[b.unmet.priority] ?? 9);
    case 'window': return a.unmet.earliestArrival.localeCompare(b.unmet.earliestArrival);
    case 'nights': return a.unmet.nights - b.unmet.nights;
    case 'reason': return a.unmet.reason.localeCompare(b.unmet.reason);
  }
}

/** Requests without a bed, each with the reason a planner can tell the family; filtered, sorted, downloadable. */
export function UnmetList({ planId, plan, score, onShow }: {
  planId: string; plan: RespitePlan; score: string | null | undefined; onShow: (stayId: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const unmet = useLoad(() => get<Unmet[]>(api.unmet(planId)), [planId, score, lang]);
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'priority', ascending: true });
  const clients = useMemo(() => new Map(plan.clients.map((c) => [c.id, c])), [plan]);
  const rows: Row[] = useMemo(() => (unmet.value ?? []).map((u) => {
    const client = clients.get(u.clientId);
    return { unmet: u, client, unit: wishedUnit(client), reason: u.text };
  }), [unmet.value, clients]);
  const shown = useMemo(() => rows
    .filter((r) => !filters.unit || (filters.unit === NO_WISH ? r.unit === '' : r.unit === filters.unit))
    .filter((r) => !filters.segment || r.client?.segment === filters.segment)
    .filter((r) => !filters.priority || r.unmet.priority === filters.priority)
    .filter((r) => !filters.reason || r.unmet.reason === filters.reason)
    .sort((a, b) => (sort.ascending ? 1 : -1) * compare(sort.column, a, b) || a.unmet.stayId.localeCompare(b.unmet.stayId)),
  [rows, filters, sort]);

  if (unmet.error) return <ErrorBox error={unmet.error} />;
  if (!unmet.value) return <p>{t('loading')}</p>;
  if (unmet.value.length === 0) return <p>{t('noUnmet')}</p>;

  const options = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  const unitName = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  const select = (name: keyof Filters, labelKey: MessageKey, values: string[], show: (value: string) => string, extra?: [string, string]) => (
    <label>{t(labelKey)}
      <select value={filters[name]} onChange={(e) => setFilters({ ...filters, [name]: e.currentTarget.value })}>
        <option value="">{t('all')}</option>
        {values.map((v) => <option key={v} value={v}>{show(v)}</option>)}
        {extra && <option value={extra[0]}>{extra[1]}</option>}
      </select>
    </label>
  );
  const header = (column: Column, labelKey: MessageKey) => {
    const active = sort.column === column;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
        <button type="button" class="link sort" onClick={() => setSort({ column, ascending: active ? !sort.ascending : true })}>
          {t(labelKey)}{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  /** The rows shown, as a CSV file the browser saves in the page's language and its spreadsheet's dialect. */
  const download = () => {
    const header = [t('stay'), t('client'), t('name'), t('wishedUnit'), t('segment'), t('priority'), t('earliest'), t('latest'),
      t('nights'), t('reason')];
    const body = shown.map((r) => [r.unmet.stayId, r.unmet.clientId, r.client?.name ?? '', r.unit, r.client ? code(r.client.segment) : '',
      code(r.unmet.priority), r.unmet.earliestArrival, r.unmet.latestArrival, r.unmet.nights, r.reason]);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([spreadsheetCsv(lang, t('unmetPersonalData'), [header, ...body])], { type: 'text/csv;charset=utf-8' }));
    link.download = `${planId}-unmet.csv`;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <div class="unmet">
      <form class="row filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        {select('unit', 'wishedUnit', options(rows.map((r) => r.unit)), (id) => `${id} · ${unitName(id)}`, [NO_WISH, t('noWish')])}
        {select('segment', 'segment', options(rows.map((r) => r.client?.segment)), (s) => code(s))}
        {select('priority', 'priority', options(rows.map((r) => r.unmet.priority)).sort((a, b) => PRIORITY_ORDER[a] - PRIORITY_ORDER[b]), (p) => code(p))}
        {select('reason', 'reason', options(rows.map((r) => r.unmet.reason)), (r) => t(`reasonShort_${r}` as MessageKey))}
        <button type="button" onClick={() => setFilters(NO_FILTER)}>{t('clearFilters')}</button>
        <button type="button" class="download" onClick={download}>{t('downloadCsv')}</button>
      </form>
      <table>
        <caption>{t('unmet')}: <span class="count">{t('rowsShown', { shown: shown.length, count: rows.length })}</span></caption>
        <thead>
          <tr>
            {header('stay', 'stay')}{header('client', 'client')}{header('unit', 'wishedUnit')}{header('segment', 'segment')}
            {header('priority', 'priority')}{header('window', 'window')}{header('nights', 'nights')}{header('reason', 'reason')}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.unmet.stayId}>
              <td><button type="button" class="link" onClick={() => onShow(r.unmet.stayId)}>{r.unmet.stayId}</button></td>
              <td>{r.client?.name} ({r.unmet.clientId})</td>
              <td>{r.unit || <span class="muted">{t('noWish')}</span>}</td>
              <td>{r.client && code(r.client.segment)}</td>
              <td>{code(r.unmet.priority)}</td>
              <td>{date(lang, r.unmet.earliestArrival)} – {date(lang, r.unmet.latestArrival)}</td>
              <td>{r.unmet.nights}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
