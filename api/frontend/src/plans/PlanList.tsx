import { useState } from 'preact/hooks';
import { get, post, upload, type Violation } from '../api';
import { api } from '../paths';
import { navigate } from '../routes';
import { can } from '../session';
import { DownloadInLanguage, ErrorBox, StatusBadge, useLoad, usePolling, WorkbookProblems } from '../components';
import { dateTime } from '../format';
import { label, useLang, useT } from '../i18n';
import { isActive, type Kind, type PlanSummary, type Session } from '../types';
import { PlanActions } from './PlanActions';
import { PlanState } from './PlanState';

/** Both kinds' plans, newest first; refreshed every few seconds (colleagues and the nightly batch add plans too), every two while one solves. */
function usePlans() {
  const plans = useLoad(async () => {
    const [respite, holiday] = await Promise.all([
      get<PlanSummary[]>(api.plans('respite')), get<PlanSummary[]>(api.plans('holiday'))]);
    return [...respite, ...holiday].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, []);
  const solving = (plans.value ?? []).some((p) => isActive(p.status));
  usePolling(plans.reload, solving ? 2000 : 5000, true, solving);
  return plans;
}

/** A row of the list: a plan (re-plans indented under their base), or the heading of a what-if scenario's variants. */
type Row = { plan: PlanSummary; depth: number; base?: PlanSummary } | { scenarioId: string; name: string };

/**
 * The plans in list order: newest first, each plan's re-plans right under it (deeper re-plans deeper), a what-if
 * scenario's variants together under one heading where the newest of them would be.
 */
export function arrange(plans: PlanSummary[]): Row[] {
  const shown = new Map(plans.map((plan) => [plan.id, plan]));
  const replans = new Map<string, PlanSummary[]>();
  const variants = new Map<string, PlanSummary[]>();
  for (const plan of plans) {
    if (plan.scenarioId) variants.set(plan.scenarioId, [...(variants.get(plan.scenarioId) ?? []), plan]);
    else if (plan.basePlanId && shown.has(plan.basePlanId)) replans.set(plan.basePlanId, [...(replans.get(plan.basePlanId) ?? []), plan]);
  }
  const rows: Row[] = [];
  const add = (plan: PlanSummary, depth: number, base?: PlanSummary) => {
    rows.push({ plan, depth, base });
    for (const next of replans.get(plan.id) ?? []) add(next, depth + 1, plan);
  };
  const grouped = new Set<string>();
  for (const plan of plans) {
    if (plan.scenarioId) {
      if (grouped.has(plan.scenarioId)) continue;
      grouped.add(plan.scenarioId);
      const members = [...variants.get(plan.scenarioId)!].reverse();
      rows.push({ scenarioId: plan.scenarioId, name: (members[0].name ?? '').split(' — ')[0] });
      members.forEach((member) => add(member, 1));
    } else if (!plan.basePlanId || !shown.has(plan.basePlanId)) {
      add(plan, 0);
    }
  }
  return rows;
}

/** Which stages the list shows: all but archived (the default), all, or one. */
type StageFilter = 'current' | 'every' | PlanSummary['stage'];
const STAGE_FILTERS: StageFilter[] = ['current', 'every', 'DRAFT', 'PUBLISHED', 'ARCHIVED'];

export function PlanList({ session }: { session: Session }) {
  const t = useT();
  const lang = useLang();
  const plans = usePlans();
  const [stage, setStage] = useState<StageFilter>('current');
  const chosen = (plans.value ?? []).filter((plan) => stage === 'every' || (stage === 'current' ? plan.stage !== 'ARCHIVED' : plan.stage === stage));
  const columns = can(session, 'PLANNER') ? 6 : 5;
  return (
    <>
      {can(session, 'PLANNER') && <NewPlan />}
      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t('plans')}</h2>
        <ErrorBox error={plans.error} />
        {plans.value?.length === 0 && <p>{t('noPlans')}</p>}
        {plans.value && plans.value.length > 0 && (
          <>
            <label class="inline">{t('stage')}
              <select value={stage} onChange={(e) => setStage(e.currentTarget.value as StageFilter)}>
                {STAGE_FILTERS.map((f) => <option key={f} value={f}>{f === 'current' ? t('allStages') : f === 'every' ? t('everyStage') : label(t, f)}</option>)}
              </select>
            </label>
            <table class="plans">
              <thead>
                <tr>
                  <th>{t('name')}</th><th>{t('kind')}</th><th>{t('status')}</th><th>{t('planState')}</th><th>{t('updated')}</th>
                  {columns === 6 && <th>{t('actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {arrange(chosen).map((row) => ('scenarioId' in row ? (
                  <tr key={row.scenarioId} class="group">
                    <th colSpan={columns} scope="rowgroup"><a href={`#/whatif/${row.scenarioId}`}>{t('whatIfGroup', { name: row.name })}</a></th>
                  </tr>
                ) : (
                  <tr key={row.plan.id} class={`stage-${row.plan.stage}`}>
                    <td style={{ paddingLeft: `${0.5 + 1.5 * row.depth}rem` }}>
                      {row.base && <span class="replan-of" title={t('replanOf', { name: row.base.name ?? '' })}>↳ </span>}
                      <a href={`#/${row.plan.kind}/${row.plan.id}`}>{row.plan.name}</a>
                      {row.plan.stage === 'PUBLISHED' && <> <span class="stage-badge stage-PUBLISHED">{t('publishedMarker')}</span></>}
                      {row.plan.stage === 'ARCHIVED' && <> <span class="stage-badge stage-ARCHIVED">{label(t, 'ARCHIVED')}</span></>}
                    </td>
                    <td>{t(row.plan.kind === 'respite' ? 'respiteKind' : 'holidayKind')}</td>
                    <td><StatusBadge status={row.plan.status} /></td>
                    <td><PlanState summary={row.plan} /></td>
                    <td>{dateTime(lang, row.plan.updatedAt)}</td>
                    {columns === 6 && <td><PlanActions plan={row.plan} session={session} onChanged={plans.reload} onDeleted={plans.reload} /></td>}
                  </tr>
                )))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}

/** A holiday plan has weeks and groups; anything else is read as a respite plan (the service validates it). */
const kindOf = (document: Record<string, unknown>): Kind => ('weeks' in document && 'groups' in document ? 'holiday' : 'respite');

const isWorkbook = (file: File | null) => !!file && /\.xlsx$/i.test(file.name);

/** A plan made from a workbook, with what in it will surprise (not errors). */
type WorkbookSubmission = { plan: PlanSummary; warnings: Violation[] };

function NewPlan() {
  const t = useT();
  const lang = useLang();
  const demos = useLoad(() => get<string[]>(api.demoData()), []);
  const [source, setSource] = useState<'demo' | 'file'>('demo');
  const [demo, setDemo] = useState('respite-S');
  const [file, setFile] = useState<File | null>(null);
  const [workbookKind, setWorkbookKind] = useState<Kind>('respite');
  const [seconds, setSeconds] = useState(30);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [warned, setWarned] = useState<WorkbookSubmission>();

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setWarned(undefined);
    try {
      if (source === 'file' && isWorkbook(file)) {
        const created = await upload<WorkbookSubmission>(api.uploadWorkbook(workbookKind, { timeLimitSeconds: seconds }), file!, lang);
        if (created.warnings.length === 0) navigate(`/${workbookKind}/${created.plan.id}`);
        else setWarned(created);
        return;
      }
      const text = source === 'demo' ? await get<unknown>(api.demoDataset(demo)).then((d) => JSON.stringify(d))
        : await file!.text();
      let document: Record<string, unknown>;
      try {
        document = JSON.parse(text);
      } catch (parseError) {
        throw new Error(`${file?.name}: ${(parseError as Error).message}`);
      }
      const kind = kindOf(document);
      const plan = await post<PlanSummary>(api.plans(kind, { timeLimitSeconds: seconds }), text);
      navigate(`/${kind}/${plan.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-plan-title" class="card">
      <h2 id="new-plan-title">{t('newPlan')}</h2>
      <form onSubmit={submit} class="row">
        <fieldset>
          <legend>{t('source')}</legend>
          <label>
            <input type="radio" name="source" checked={source === 'demo'} onChange={() => setSource('demo')} /> {t('demoDataset')}
          </label>
          <select aria-label={t('demoDataset')} value={demo} disabled={source !== 'demo'}
            onChange={(e) => setDemo(e.currentTarget.value)}>
            {(demos.value ?? []).map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
          <label>
            <input type="radio" name="source" checked={source === 'file'} onChange={() => setSource('file')} /> {t('uploadFile')}
          </label>
          <input type="file" accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('uploadFile')} disabled={source !== 'file'}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          {source === 'file' && isWorkbook(file) && (
            <select aria-label={t('workbookKind')} value={workbookKind} onChange={(e) => setWorkbookKind(e.currentTarget.value as Kind)}>
              <option value="respite">{t('respiteKind')}</option>
              <option value="holiday">{t('holidayKind')}</option>
            </select>
          )}
        </fieldset>
        <label>
          {t('timeLimit')}
          <input type="number" name="timeLimitSeconds" min={1} max={1800} value={seconds}
            onInput={(e) => setSeconds(Number(e.currentTarget.value))} required />
        </label>
        <button type="submit" class="primary" disabled={busy || (source === 'file' && !file)}>{t('solve')}</button>
      </form>
      <p class="row">
        {t('templates')}:
        <DownloadInLanguage href={api.template('respite')} name="respiteKind" lang={lang} />
        <DownloadInLanguage href={api.template('holiday')} name="holidayKind" lang={lang} />
      </p>
      <ErrorBox error={error} />
      {warned && (
        <div class="warning" role="status">
          <p>{t('workbookWarnings')} <a href={`#/${warned.plan.kind}/${warned.plan.id}`}>{t('openPlan')}</a></p>
          <WorkbookProblems problems={warned.warnings} />
        </div>
      )}
    </section>
  );
}
