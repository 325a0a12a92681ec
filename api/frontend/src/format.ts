import type { Lang } from './i18n';

const locale = (lang: Lang) => (lang === 'fi' ? 'fi-FI' : 'en-GB');

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

/** One level of a score and its value; levels are named as the service names them (RespiteLevel, HolidayLevel). */
export interface ScoreLevel { level: string; value: number }

const RESPITE_SOFT_LEVELS = ['promise', 'entitlement', 'demand', 'soft'];

/**
 * A score's levels, strongest first: respite plans "[0]hard/[0/-5/-21/-47556]soft" (hard, promise,
 * entitlement, demand, soft), holiday plans "0hard/-21medium/-47556soft".
 */
export function scoreLevels(score: string | null | undefined): ScoreLevel[] | null {
  const respite = score?.match(/^\[(-?\d+)\]hard\/\[(-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\]soft$/);
  if (respite) {
    return [{ level: 'hard', value: Number(respite[1]) },
      ...RESPITE_SOFT_LEVELS.map((level, i) => ({ level, value: Number(respite[i + 2]) }))];
  }
  const holiday = score?.match(/^(?:\[\d+\/\d+\])?(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/);
  return holiday ? ['hard', 'medium', 'soft'].map((level, i) => ({ level, value: Number(holiday[i + 1]) })) : null;
}
