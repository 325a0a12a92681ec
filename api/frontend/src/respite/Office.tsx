import { useState } from 'preact/hooks';
import { get, post, remove } from '../api';
import { api } from '../paths';
import { DownloadInLanguage, ErrorBox, useLoad } from '../components';
import { date, dateTime } from '../format';
import { useLang, useT, type Lang } from '../i18n';
import { useCodes, useConstraintWords } from '../i18n/codes';
import { LevelBadge, Score } from '../score';
import type { Contacts, FamilyToContact, FreedPlaceOption, FreedPlaceRanking, OfficeDiff } from '../types';

/** Who must be told: each changed stay with its old and new place, the reason and a broken rule, in words from the service. */
export function Diff({ planId }: { planId: string }) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const words = useConstraintWords();
  const diff = useLoad(() => get<OfficeDiff>(api.diff(planId)), [planId, lang]);
  return (
    <section aria-labelledby="diff-title">
      <h3 id="diff-title">{t('diff')}</h3>
      <ErrorBox error={diff.error} />
      {diff.value && (
        <>
          <p>{t('familiesAffected')}: <strong>{diff.value.familiesAffected}</strong> <DownloadInLanguage href={api.diffCsv(planId)} name="diffCsv" /></p>
          {diff.value.changes.length === 0 ? <p>{t('noDiff')}</p> : (
            <table class="diff">
              <thead><tr><th>{t('stay')}</th><th>{t('client')}</th><th>{t('change')}</th><th>{t('before')}</th><th>{t('after')}</th>
                <th>{t('reason')}</th></tr></thead>
              <tbody>
                {diff.value.changes.map((c) => (
                  <tr key={c.stayId}>
                    <td>{c.stayId}</td><td>{c.clientId}</td><td>{code(c.change)}</td>
                    <td>{c.before || '–'}</td><td>{c.after || '–'}</td>
                    <td>{c.reasonText}{c.breaksRule && <><br /><span class="muted">{t('breaksRule')}: {words(c.breaksRule).name}</span></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** The office's call list: each family's contact details, its changes, a draft to copy and the contacted mark. */
export function ContactList({ planId }: { planId: string }) {
  const t = useT();
  const lang = useLang();
  const contacts = useLoad(() => get<Contacts>(api.contacts(planId)), [planId, lang]);
  const [error, setError] = useState<unknown>();
  const toggle = async (family: FamilyToContact, contacted: boolean) => {
    setError(undefined);
    try {
      const path = api.contacted(planId, family.clientId);
      await (contacted ? post(path) : remove(path));
      await contacts.reload();
    } catch (e) {
      setError(e);
    }
  };
  const list = contacts.value;
  return (
    <section aria-labelledby="contacts-title" class="contacts">
      <h3 id="contacts-title">{t('contactsTitle')}</h3>
      <p class="muted">{t('personalDataNote')}</p>
      <ErrorBox error={contacts.error} />
      <ErrorBox error={error} />
      {list && (
        <>
          <p>{t('contactedCount', { done: list.contacted, all: list.families.length })} <DownloadInLanguage href={api.contactsCsv(planId)} name="contactsCsv" />
            {' '}<DownloadInLanguage href={api.contactsXlsx(planId)} name="contactsXlsx" /></p>
          {list.families.length === 0 ? <p>{t('noContacts')}</p> : (
            <ul class="families">
              {list.families.map((family) => (
                <Family key={family.clientId} family={family} onToggle={(contacted) => toggle(family, contacted)} lang={lang} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Family({ family, onToggle, lang }: { family: FamilyToContact; onToggle: (contacted: boolean) => void; lang: Lang }) {
  const t = useT();
  const code = useCodes();
  const [copied, setCopied] = useState(false);
  const contact = family.contact;
  const copy = async () => {
    await navigator.clipboard.writeText(`${family.draft.subject}\n\n${family.draft.text}`);
    setCopied(true);
  };
  const checkbox = `contacted-${family.clientId}`;
  return (
    <li class="family card" data-client={family.clientId}>
      <div class="row">
        <h4>{family.clientName ?? family.clientId} <span class="muted">({family.clientId})</span></h4>
        <label for={checkbox} class="contacted">
          <input id={checkbox} type="checkbox" checked={family.contacted != null} onChange={(e) => onToggle(e.currentTarget.checked)} />
          {t('contacted')}
          {family.contacted && <span class="muted"> {family.contacted.by}, {dateTime(lang, family.contacted.at)}</span>}
        </label>
      </div>
      <dl class="contact">
        <div><dt>{t('guardian')}</dt><dd>{contact?.guardian ?? '–'}</dd></div>
        <div><dt>{t('phone')}</dt><dd>{contact?.phone ? <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a> : '–'}</dd></div>
        <div><dt>{t('email')}</dt><dd>{contact?.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '–'}</dd></div>
        <div><dt>{t('familyLanguage')}</dt><dd>{family.language}</dd></div>
      </dl>
      <ul class="changes">
        {family.changes.map((row) => (
          <li key={row.stayId}>
            <strong>{code(row.change)}</strong> {row.stayId}: {row.before || '–'} → {row.after || '–'}. {t('reason')}: {row.reasonText}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('draft')} ({family.draft.language})</summary>
        <textarea readonly rows={8} aria-label={`${t('draft')} ${family.clientId}`} value={`${family.draft.subject}\n\n${family.draft.text}`} />
        <button type="button" onClick={copy}>{copied ? t('copied') : t('copyDraft')}</button>
      </details>
    </li>
  );
}

/** A cancellation that frees a bed: the waiting requests that could take it, best first; giving one is two changes. */
export function FreedPlace({ planId, stayId, onGiven }: { planId: string; stayId: string; onGiven: () => Promise<void> }) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const [ranking, setRanking] = useState<FreedPlaceRanking>();
  const [error, setError] = useState<unknown>();
  const find = async () => {
    setError(undefined);
    try {
      setRanking(await get<FreedPlaceRanking>(api.freedPlace(planId, stayId)));
    } catch (e) {
      setError(e);
    }
  };
  const give = async (option: FreedPlaceOption) => {
    if (!ranking || !window.confirm(t('freedPlaceConfirm', { stay: stayId, client: option.clientName ?? option.clientId }))) return;
    try {
      await post(api.changes(planId), ranking.cancel);
      await post(api.changes(planId), option.place);
      await onGiven();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section class="freed-place" aria-label={t('freedPlace')}>
      {!ranking && <button type="button" onClick={find}>{t('findFreedPlace')}</button>}
      {ranking && (
        <>
          <h4>{t('freedPlace')}</h4>
          <p class="muted">{ranking.bedId} · {date(lang, ranking.firstNight)} – {date(lang, ranking.lastNight)}</p>
          {ranking.options.length === 0 ? <p>{t('noFreedPlace')}</p> : (
            <ol class="options">
              {ranking.options.map((option) => (
                <li key={option.stayId}>
                  <strong>{option.clientName ?? option.clientId}</strong> ({option.clientId}, {code(option.priority)}):{' '}
                  {date(lang, option.arrival)}, {option.nights} {t('nights').toLowerCase()}
                  <br />{t('improves')}: <LevelBadge level={option.reason} /> <Score score={option.scoreChange} />
                  <br />{t('nightsSoFar')}: {option.fairness.servedNights} / {option.fairness.entitledNights}
                  {option.fairness.earlierShortfall > 0 && <>, {t('shortEarlier')}: {option.fairness.earlierShortfall}</>}
                  <br /><button type="button" onClick={() => give(option)}>{t('giveFreedPlace')}</button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <ErrorBox error={error} />
    </section>
  );
}
