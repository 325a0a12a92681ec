import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import './style.css';
import { LanguageSwitch } from './components';
import { LangContext, translator, useLanguage } from './i18n';
import { api, LOGIN } from './paths';

interface Csrf { parameterName: string; token: string }

/** The login form (Spring Security checks it at POST /login); its CSRF token comes from GET /api/csrf. */
function Login() {
  const [lang, setLang] = useLanguage();
  const [csrf, setCsrf] = useState<Csrf>();
  const context = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const t = context.t;
  const params = new URLSearchParams(window.location.search);
  useEffect(() => {
    fetch(api.csrf(), { credentials: 'same-origin' }).then((r) => r.json()).then(setCsrf);
  }, []);
  useEffect(() => { document.title = `${t('signIn')} · ${t('appTitle')}`; }, [lang]);
  return (
    <LangContext.Provider value={context}>
      <main class="login">
        <form method="post" action={LOGIN} class="card">
          <h1>{t('appTitle')}</h1>
          {params.has('error') && <p role="alert" class="error">{t('loginFailed')}</p>}
          {params.has('logout') && <p role="status" class="ok">{t('loggedOut')}</p>}
          <label>{t('username')}
            <input id="username" name="username" autocomplete="username" required autoFocus />
          </label>
          <label>{t('password')}
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </label>
          {csrf && <input type="hidden" name={csrf.parameterName} value={csrf.token} />}
          <button type="submit" class="primary" disabled={!csrf}>{t('signIn')}</button>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </form>
      </main>
    </LangContext.Provider>
  );
}

render(<Login />, document.getElementById('app')!);
