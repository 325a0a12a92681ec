// What may be done with a plan in its life: rename, publish, archive, delete; each button only for a role that may.
import { useState } from 'preact/hooks';
import { patch, post, remove } from '../api';
import { api } from '../paths';
import { can } from '../session';
import { ErrorBox } from '../components';
import { useT } from '../i18n';
import { isActive, type PlanSummary, type Session } from '../types';

/**
 * The plan's life as buttons. Publish is offered for every finished draft, so a plan that breaks a rule is
 * told why it cannot be published; a what-if variant is never published.
 */
export function PlanActions({ plan, session, onChanged, onDeleted }: {
  plan: PlanSummary; session: Session; onChanged: () => Promise<void> | void; onDeleted: () => void;
}) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(plan.name ?? '');
  const [error, setError] = useState<unknown>();
  if (!can(session, 'PLANNER')) return null;
  const run = async (action: () => Promise<unknown>, after: () => Promise<void> | void = onChanged) => {
    setError(undefined);
    try {
      await action();
      await after();
    } catch (e) {
      setError(e);
    }
  };
  const active = isActive(plan.status);
  const mayDelete = plan.stage === 'DRAFT' || can(session, 'ADMIN');
  const label = (action: string) => `${action}: ${plan.name}`;
  return (
    <div class="plan-actions">
      {renaming ? (
        <form class="row" onSubmit={(e) => {
          e.preventDefault();
          void run(() => patch(api.plan(plan.kind, plan.id), { name }), async () => { setRenaming(false); await onChanged(); });
        }}>
          <label class="inline">{t('newName')}<input value={name} maxLength={300} required onInput={(e) => setName(e.currentTarget.value)} /></label>
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>{t('cancel')}</button>
        </form>
      ) : (
        <button type="button" aria-label={label(t('rename'))} onClick={() => { setName(plan.name ?? ''); setRenaming(true); }}>{t('rename')}</button>
      )}
      {plan.stage !== 'PUBLISHED' && !plan.scenarioId && !active && (
        <button type="button" aria-label={label(t('publish'))} onClick={() => run(() => post(api.publish(plan.kind, plan.id)))}>{t('publish')}</button>
      )}
      {plan.stage !== 'ARCHIVED' && !active && (
        <button type="button" aria-label={label(t('archive'))} onClick={() => run(() => post(api.archive(plan.kind, plan.id)))}>{t('archive')}</button>
      )}
      {mayDelete && (
        <button type="button" class="danger" aria-label={label(t('delete'))} onClick={() => {
          if (window.confirm(t('confirmDelete', { name: plan.name ?? plan.id }))) void run(() => remove(api.plan(plan.kind, plan.id)), onDeleted);
        }}>{t('delete')}</button>
      )}
      <ErrorBox error={error} />
    </div>
  );
}
