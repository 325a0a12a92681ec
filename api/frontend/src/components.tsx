// Small shared pieces of the page: tabs, errors, status, KPI cards, downloads, polling.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { label, useT, type Lang, type MessageKey } from './i18n';
import type { PlanStatus } from './types';
import { scoreLevels } from './format';

export function ErrorBox({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const violations = error instanceof ApiError ? error.violations : [];
  return (
    <div class="error" role="alert">
      {violations.length === 0 ? <p>{message}</p> : (
        <>
          <p>{t('errorFields')}:</p>
          <ul>{violations.map((v) => <li key={v.field}><code>{v.field}</code>: {v.reason}</li>)}</ul>
        </>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return <span class={`badge status-${status}`}>{label(t, status)}</span>;
}

export function Score({ score }: { score: string | null | undefined }) {
  const levels = scoreLevels(score);
  if (!levels) return <code class="score">{score ?? '–'}</code>;
  return (
    <code class={`score ${levels[0].value < 0 ? 'infeasible' : 'feasible'}`} title={score ?? ''}>
      {levels.map(({ level, value }) => `${value}${level}`).join(' / ')}
    </code>
  );
}

export interface Tab { id: string; label: MessageKey }

/** WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs({ tabs, active, onChange, children }: {
  tabs: Tab[]; active: string; onChange: (id: string) => void; children: ComponentChildren;
}) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
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
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {children}
      </div>
    </div>
  );
}

export function Kpi({ name, value, detail }: { name: MessageKey; value: string; detail?: string }) {
  const t = useT();
  return (
    <div class="kpi">
      <span class="kpi-name">{t(name)}</span>
      <span class="kpi-value">{value}</span>
      {detail && <span class="kpi-detail">{detail}</span>}
    </div>
  );
}

export function Download({ href, name }: { href: string; name: MessageKey }) {
  const t = useT();
  return <a class="download" href={href} download>{t(name)}</a>;
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

/** Switches between Finnish and English; labelled in the language it switches to. */
export function LanguageButton({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  const other: Lang = lang === 'fi' ? 'en' : 'fi';
  return <button type="button" class="link" lang={other} onClick={() => onChange(other)}>{t('language')}</button>;
}
