// The page's language (Finnish, Swedish or English) and its words. Data (names, ids) stays as the service sends it.
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { en, fi, sv, type MessageKey } from './messages';

export type { MessageKey } from './messages';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'suomeksi', sv: 'på svenska', en: 'in English' };

const isLang = (value: string | null): value is Lang => LANGUAGES.includes(value as Lang);

/**
 * The user's language: Finnish unless they chose another, remembered in the browser, set on the document. The
 * document's language is set before the views render, since the requests they start ask the service in it.
 */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(() => {
    const saved = localStorage.getItem('lang');
    const chosen = isLang(saved) ? saved : 'fi';
    document.documentElement.lang = chosen;
    return chosen;
  });
  useEffect(() => localStorage.setItem('lang', lang), [lang]);
  const choose = useCallback((chosen: Lang) => {
    document.documentElement.lang = chosen;
    setLang(chosen);
  }, []);
  return [lang, choose];
}

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, fi, sv };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, values) =>
    Object.entries(values ?? {}).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)),
      dictionaries[lang][key] ?? key);
}

export const LangContext = createContext<{ lang: Lang; t: Translate }>({ lang: 'fi', t: translator('fi') });

export function useT(): Translate {
  return useContext(LangContext).t;
}

export function useLang(): Lang {
  return useContext(LangContext).lang;
}

/** A label for a value the service sends as an enum (status, producer), or the value itself. */
export function label(t: Translate, value: string): string {
  return value in en ? t(value as MessageKey) : value;
}
