import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './style.css';
import { translator, type Lang } from './i18n';

interface Csrf { parameterName: string; token: string }

/** The login form (Spring Security checks it at POST /login); its CSRF token comes from GET /api/csrf. */
function Login() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('lang') as Lang) ?? 'fi');
  const [csrf, setCsrf] = useState<Csrf>();
  const t = translator(lang);
  const params = new URLSearchParams(window.location.search);
  useEffect(() => {
    fetch('/api/csrf', { credentials: 'same-origin' }).then((r) => r.json()).then(setCsrf);
  }, []);
  useEffect(() => {
    localStorage.setItem('lang', lang);
    document.documentElement.lang = lang;
    document.title = `${t('signIn')} · ${t('appTitle')}`;
  }, [lang]);
  return (
    <main class="login">
      <form method="post" action="/login" class="card">
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
        <button type="button" class="link" lang={lang === 'fi' ? 'en' : 'fi'} onClick={() => setLang(lang === 'fi' ? 'en' : 'fi')}>
          {t('language')}
        </button>
      </form>
    </main>
  );
}

render(<Login />, document.getElementById('app')!);
