import type { Lang } from './i18n';

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const locale = (lang: Lang) => LOCALES[lang];

export const percent = (lang: Lang, share: number) =>
  new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);

export const number = (lang: Lang, value: number, digits = 0) =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);

export const euros = (lang: Lang, value: number) =>
  new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);

export const date = (lang: Lang, iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'numeric', year: 'numeric' }).format(localDate(iso)) : '';

export const dateTime = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

/** An ISO date (2027-01-15) as local midnight, the way the timeline draws nights. */
export function localDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function isoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const day = localDate(iso);
  day.setDate(day.getDate() + days);
  return isoDate(day);
}

/** Day and month only (12.2.), for lists of days within a known week. */
export const dayMonth = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'numeric' }).format(localDate(iso));
