// A plan's state in words: acceptable with what it leaves undone and costs, or plainly not acceptable with the rules it breaks.
import { euros, number } from '../format';
import { useLang, useT, type Lang } from '../i18n';
import { constraintWords } from '../i18n/constraints';
import { Score } from '../score';
import { isActive, type PlanSummary } from '../types';

/** A constraint's name in the page's language (English is the service's own). */
export function constraintName(lang: Lang, name: string): string {
  return lang === 'en' ? name : constraintWords[name]?.[lang]?.name ?? name;
}

/**
 * "Kelpaa · 306 toivetta jäi toteutumatta (12 perhettä ilman jaksoa) · kustannus 493 269 €", or a red
 * "Ei kelpaa: 6 sääntörikettä" with the broken rules; in detail (the plan header) the rules are listed and
 * the raw score is behind a toggle for experts.
 */
export function PlanState({ summary, detailed = false }: { summary: PlanSummary; detailed?: boolean }) {
  const t = useT();
  const lang = useLang();
  const outcome = summary.outcome;
  const score = detailed && (
    <details class="score-details">
      <summary>{t('scoreDetails')}</summary>
      <Score score={summary.score} />
    </details>
  );
  if (!outcome) {
    return <span class="plan-state muted">{isActive(summary.status) ? t('calculating') : '–'}{score}</span>;
  }
  const n = (value: number) => number(lang, value);
  if (!outcome.feasible) {
    const count = outcome.brokenRules.reduce((sum, rule) => sum + rule.count, 0);
    return (
      <div class="plan-state broken">
        <strong>{t('planBroken', { count: n(count) })}</strong>
        {detailed ? (
          <ul aria-label={t('brokenRules')}>
            {outcome.brokenRules.map((rule) => <li key={rule.constraint}>{constraintName(lang, rule.constraint)}: {n(rule.count)}</li>)}
          </ul>
        ) : <span>: {outcome.brokenRules.map((rule) => constraintName(lang, rule.constraint)).join(', ')}</span>}
        {score}
      </div>
    );
  }
  const respite = summary.kind === 'respite';
  const unmet = t(respite ? 'unmetRequestsWords' : 'unplacedWords', { count: n(outcome.unmetRequests) })
    + (outcome.familiesWithoutStay == null ? ''
      : ` (${t(respite ? 'familiesWithoutWords' : 'childrenWithoutWords', { count: n(outcome.familiesWithoutStay) })})`);
  const parts = [t('planOk'), unmet];
  if (detailed && outcome.familiesBelowEntitlement) parts.push(t('belowEntitlementWords', { count: n(outcome.familiesBelowEntitlement) }));
  if (outcome.brokenPromises) parts.push(t('brokenPromisesWords', { count: n(outcome.brokenPromises) }));
  parts.push(t('costWords', { cost: euros(lang, outcome.cost) }));
  return <span class="plan-state ok">{parts.join(' · ')}{score}</span>;
}
