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

/**
 * Rows as a CSV file in the reader's spreadsheet dialect, like the service's files: Finnish and Swedish with
 * semicolons, decimal commas and d.M.yyyy dates, English with commas and ISO dates; a byte order mark (names
 * with ä, ö, å), CRLF rows, RFC 4180 quoting, and text a spreadsheet would run as a formula (=, +, -, @ first)
 * shown with a leading apostrophe. Cells that are ISO dates are written as dates of the dialect.
 */
export function spreadsheetCsv(lang: Lang, note: string, rows: (string | number)[][]): string {
  const nordic = lang !== 'en';
  const separator = nordic ? ';' : ',';
  const cell = (value: string | number) => {
    let text: string;
    if (typeof value === 'number') {
      text = nordic ? String(value).replace('.', ',') : String(value);
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-').map(Number);
      text = nordic ? `${d}.${m}.${y}` : value;
    } else {
      text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    }
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + [`# ${note}`, ...rows.map((row) => row.map(cell).join(separator))].join('\r\n') + '\r\n';
}
