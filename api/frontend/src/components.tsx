// Small shared pieces of the page: tabs, errors, status, KPI cards, downloads, polling.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, download, type Violation } from './api';
import { label, LANGUAGE_NAMES, LANGUAGES, useLang, useT, type Lang, type MessageKey } from './i18n';
import type { PlanStatus } from './types';

export function ErrorBox({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const violations = error instanceof ApiError ? error.violations : [];
  if (violations.some((v) => v.sheet)) return <div class="error" role="alert"><p>{message}</p><WorkbookProblems problems={violations} /></div>;
  return (
    <div class="error" role="alert">
      {violations.length === 0 ? <p>{message}</p> : (
        <>
          <p>{t('errorFields')}:</p>
          <ul>{violations.map((v) => <li key={v.field}><code>{v.field}</code>: {v.text ?? v.reason}</li>)}</ul>
        </>
      )}
    </div>
  );
}

/** A workbook's problems (or warnings) where they are: sheet, Excel's row number, column letter and header, and why. */
export function WorkbookProblems({ problems }: { problems: Violation[] }) {
  const t = useT();
  return (
    <table class="workbook-problems">
      <thead><tr><th>{t('sheet')}</th><th>{t('row')}</th><th>{t('column')}</th><th>{t('problem')}</th></tr></thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.sheet ?? ''}</td><td>{p.row ?? ''}</td><td>{p.column ? `${p.header ?? ''} (${p.column})` : ''}</td><td>{p.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return <span class={`badge status-${status}`}>{label(t, status)}</span>;
}

/**
 * A tab and its panel; a kept panel stays mounted once shown, parked out of sight at its full size while another tab
 * is open (so a timeline inside neither rebuilds nor even redraws when its tab comes back).
 */
export interface Tab { id: string; label: MessageKey; panel: () => ComponentChildren; keep?: boolean }

/** WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs({ tabs, active, onChange }: { tabs: Tab[]; active: string; onChange: (id: string) => void }) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const shown = useRef(new Set<string>());
  shown.current.add(active);
  const move = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    onChange(tabs[next].id);
    refs.current[next]?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => { refs.current[i] = el; }}
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onChange(tab.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i + 1);
              if (e.key === 'ArrowLeft') move(i - 1);
            }}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {tabs.filter((tab) => tab.id === active || (tab.keep && shown.current.has(tab.id))).map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} class={tab.id === active ? undefined : 'parked'}>
          {tab.panel()}
        </div>
      ))}
    </div>
  );
}

/** A KPI card; without a value (no solution yet) it says it is being calculated instead of showing zeros. Its height stays the same. */
export function Kpi({ name, value, detail }: { name: MessageKey; value?: string; detail?: string }) {
  const t = useT();
  return (
    <div class="kpi">
      <span class="kpi-name">{t(name)}</span>
      {value === undefined ? <span class="kpi-value calculating">{t('calculating')}</span> : <span class="kpi-value">{value}</span>}
      <span class="kpi-detail">{value !== undefined && detail}</span>
    </div>
  );
}

export function Download({ href, name }: { href: string; name: MessageKey }) {
  const t = useT();
  return <a class="download" href={href} download>{t(name)}</a>;
}

/**
 * A download in the page's language (workbooks, and CSVs in the page's spreadsheet dialect): fetched with the language
 * asked for (the page's by default), then saved.
 */
export function DownloadInLanguage({ href, name, lang }: { href: string; name: MessageKey; lang?: Lang }) {
  const t = useT();
  const pageLang = useLang();
  const [error, setError] = useState<unknown>();
  return (
    <>
      <button type="button" class="download link" onClick={() => download(href, lang ?? pageLang).then(() => setError(undefined), setError)}>{t(name)}</button>
      <ErrorBox error={error} />
    </>
  );
}

/** Calls {@code tick} now and every {@code ms} while {@code active}; a new {@code key} restarts it. */
export function usePolling(tick: () => Promise<unknown> | void, ms: number, active: boolean, key: unknown) {
  const saved = useRef(tick);
  saved.current = tick;
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: number | undefined;
    const run = async () => {
      try {
        await saved.current();
      } finally {
        if (!stopped) timer = window.setTimeout(run, ms);
      }
    };
    timer = window.setTimeout(run, ms);
    return () => { stopped = true; window.clearTimeout(timer); };
  }, [active, ms, key]);
}

/** A value loaded from the service, with its error; {@code reload} fetches again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: unknown; reload: () => Promise<void> } {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<unknown>();
  const saved = useRef(load);
  saved.current = load;
  const reload = async () => {
    try {
      setValue(await saved.current());
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => { setValue(undefined); void reload(); }, deps);
  return { value, error, reload };
}

/** Finnish, Swedish or English, each named in itself; the chosen one is pressed. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  return (
    <span class="languages" role="group" aria-label={t('languages')}>
      {LANGUAGES.map((other) => (
        <button key={other} type="button" class="link" lang={other} aria-pressed={other === lang} onClick={() => onChange(other)}>
          {LANGUAGE_NAMES[other]}
        </button>
      ))}
    </span>
  );
}
