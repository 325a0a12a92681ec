import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../api';
import { api } from '../paths';
import { can } from '../session';
import { ErrorBox, useLoad } from '../components';
import { addDays, date } from '../format';
import { useLang, useT, type MessageKey } from '../i18n';
import { useCodes, useConstraintWords } from '../i18n/codes';
import { LevelBadge } from '../score';
import type { Explanation, RespitePlan, Session, Unmet } from '../types';
import { Matches } from './explanation';
import { FreedPlace } from './Office';

/** A stay and its client: needs and preferences, where it is, and every constraint it touches with why; a planner can cancel it. */
export function StayDetails({ planId, plan, stayId, score, session, onClose, onChanged }: {
  planId: string; plan: RespitePlan; stayId: string; score: string | null | undefined; session: Session;
  onClose: () => void; onChanged: () => Promise<void>;
}) {
  const t = useT();
  const code = useCodes();
  const words = useConstraintWords();
  const [error, setError] = useState<unknown>();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const stay = plan.stays.find((s) => s.id === stayId);
  const client = plan.clients.find((c) => c.id === stay?.client);
  const unit = plan.units.find((u) => u.rooms.some((r) => r.beds.some((b) => b.id === stay?.bed)));
  const explanation = useLoad(() => get<Explanation>(api.explanation('respite', planId, { stay: stayId, limit: 20 })),
    [planId, stayId, score, lang]);
  const placed = !!stay?.bed;
  /** The service's words for what stopped an unplaced stay: the rule, the unit and the nights. */
  const unmet = useLoad(() => (placed ? Promise.resolve(undefined) : get<Unmet[]>(api.unmet(planId))), [planId, score, lang, placed]);
  useEffect(() => heading.current?.focus(), [stayId]);
  if (!stay || !client) return null;
  /** Now (the plan changes, live while solving) or in tonight's re-plan (kept as a pending change). */
  const cancel = async (tonight: boolean) => {
    if (!window.confirm(t('cancelStayConfirm', { stay: stay.id, client: client.name }))) return;
    try {
      await post(tonight ? api.pendingChanges(planId) : api.changes(planId), { type: 'CANCEL_STAY', stayId: stay.id });
      onClose();
      await onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const facts: [MessageKey, string][] = [
    [ 'client', `${client.name} (${client.id})` ],
    [ 'born', date(lang, client.birthDate) ],
    [ 'segment', code(client.segment) ],
    [ 'needs', client.needs.map((c) => code(c)).join(', ') || t('noNeeds') ],
    [ 'requiredFeatures', client.requiredFeatures.map((c) => code(c)).join(', ') ],
    [ 'preferredFeatures', client.preferredFeatures.map((c) => code(c)).join(', ') ],
    [ 'preferredUnits', client.preferredUnits.join(', ') ],
    [ 'refusedUnits', client.refusedUnits.join(', ') ],
    [ 'usualUnit', client.usualUnit ?? '' ],
    [ 'priority', code(stay.priority) ],
    [ 'window', `${date(lang, stay.earliestArrival)} – ${date(lang, stay.latestArrival)}, ${stay.nights} ${t('nights').toLowerCase()}` ],
    [ 'unit', unit ? `${unit.name} · ${stay.bed}` : t('notPlaced') ],
    [ 'whyUnplaced', unmet.value?.find((u) => u.stayId === stay.id)?.text ?? '' ],
    [ 'arrival', stay.arrival && stay.bed ? `${date(lang, stay.arrival)} → ${date(lang, addDays(stay.arrival, stay.nights))}` : '' ],
  ];
  return (
    <aside class="details card" aria-labelledby="stay-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="row">
        <h3 id="stay-title" tabIndex={-1} ref={heading}>{t('stay')} {stay.id}</h3>
        <button type="button" onClick={onClose} aria-label={t('close')}>×</button>
      </div>
      <dl>
        {facts.filter(([, value]) => value).map(([name, value]) => (
          <div key={name}><dt>{t(name)}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {can(session, 'PLANNER') && (
        <div class="row">
          <button type="button" onClick={() => cancel(false)}>{t('cancelStay')}</button>
          <button type="button" onClick={() => cancel(true)}>{t('cancelTonight')}</button>
        </div>
      )}
      {can(session, 'PLANNER') && stay.bed && (
        <FreedPlace planId={planId} stayId={stay.id} onGiven={async () => { onClose(); await onChanged(); }} />
      )}
      <ErrorBox error={error} />
      <h4>{t('constraintsTouching')}</h4>
      <ErrorBox error={explanation.error} />
      {explanation.value?.constraints.length === 0 && <p>{t('noConstraints')}</p>}
      {explanation.value?.constraints.map((total) => (
        <section key={total.constraint} class={`constraint level-${total.level}`}>
          <h5><LevelBadge level={total.level} /> {words(total.constraint).name}</h5>
          {total.why && <p class="muted">{words(total.constraint, total.why).why}</p>}
          <Matches total={total} />
        </section>
      ))}
    </aside>
  );
}
