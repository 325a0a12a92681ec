import { useEffect, useMemo, useState } from 'preact/hooks';
import { csrfToken, loadSession } from './api';
import { ErrorBox, LanguageSwitch } from './components';
import { LangContext, translator, useLanguage } from './i18n';
import { PlanList } from './plans/PlanList';
import { RespitePlanView } from './respite/RespitePlanView';
import { HolidayPlanView } from './holiday/HolidayPlanView';
import { Sweep } from './whatif/Sweep';
import { WhatIf } from './whatif/WhatIf';
import { LOGOUT } from './paths';
import { useRoute } from './routes';
import type { Session } from './types';

export function App() {
  const [lang, setLang] = useLanguage();
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState<unknown>();
  const route = useRoute();
  const context = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const t = context.t;

  useEffect(() => { document.title = t('appTitle'); }, [lang]);
  useEffect(() => { loadSession().then(setSession, setError); }, []);

  const [page, id] = route;
  return (
    <LangContext.Provider value={context}>
      <header class="top">
        <h1><a href="#/">{t('appTitle')}</a></h1>
        <nav aria-label="main">
          <a href="#/" aria-current={!page ? 'page' : undefined}>{t('plans')}</a>
          <a href="#/whatif" aria-current={page === 'whatif' ? 'page' : undefined}>{t('whatIf')}</a>
          <a href="#/sweep" aria-current={page === 'sweep' ? 'page' : undefined}>{t('sweepTitle')}</a>
        </nav>
        <div class="session">
          <LanguageSwitch lang={lang} onChange={setLang} />
          {session && (
            <form method="post" action={LOGOUT}>
              <span>{t('loggedInAs')} <strong>{session.username}</strong> ({session.roles[session.roles.length - 1]})</span>
              <input type="hidden" name="_csrf" value={csrfToken()} />
              <button type="submit" class="link">{t('logout')}</button>
            </form>
          )}
        </div>
      </header>
      <main>
        <ErrorBox error={error} />
        {session && !page && <PlanList session={session} />}
        {session && page === 'respite' && id && <RespitePlanView key={id} id={id} session={session} />}
        {session && page === 'holiday' && id && <HolidayPlanView key={id} id={id} session={session} />}
        {session && page === 'whatif' && <WhatIf key={id ?? 'new'} scenarioId={id} session={session} />}
        {session && page === 'sweep' && <Sweep key={id ?? 'new'} sweepId={id} session={session} />}
      </main>
    </LangContext.Provider>
  );
}
