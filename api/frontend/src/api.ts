// The service's REST API as the page uses it: JSON in and out, the session's CSRF token on changes,
// RFC 9457 problem bodies turned into errors that name the fields. The paths are in paths.ts.
import { api, LOGIN } from './paths';
import type { Session } from './types';

/**
 * A field at fault: the service's reason (English, for programs), the same in the page's language, and for a
 * workbook's problems also where (sheet, Excel row, column letter and header).
 */
export interface Violation {
  field: string; reason: string; text?: string;
  sheet?: string | null; row?: number | null; column?: string | null; header?: string | null; message?: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly violations: Violation[] = []) {
    super(message);
  }
}

let csrf: { header: string; token: string } | null = null;

export async function loadSession(): Promise<Session> {
  const session = await get<Session>(api.session());
  csrf = session.csrfHeader && session.csrfToken ? { header: session.csrfHeader, token: session.csrfToken } : null;
  return session;
}

export function csrfToken(): string {
  return csrf?.token ?? '';
}

export function get<T>(path: string): Promise<T> {
  return call<T>('GET', path);
}

export function post<T>(path: string, body?: unknown): Promise<T> {
  return call<T>('POST', path, body);
}

export function put<T>(path: string, body: unknown): Promise<T> {
  return call<T>('PUT', path, body);
}

export function patch<T>(path: string, body: unknown): Promise<T> {
  return call<T>('PATCH', path, body);
}

export function remove<T>(path: string): Promise<T> {
  return call<T>('DELETE', path);
}

/** Sends a file as the form part "file"; the service answers problems in the given language. */
export function upload<T>(path: string, file: File, lang: string): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return call<T>('POST', path, form, lang);
}

/** Downloads a file in the page's language (a plain link would get the browser's) and saves it under the service's name. */
export async function download(path: string, lang: string): Promise<void> {
  const response = await send('GET', path, undefined, lang, '*/*');
  await failed(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : /filename="([^"]+)"/.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ?? 'download';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function send(method: string, path: string, body: unknown, lang: string | undefined, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, 'X-Requested-With': 'XMLHttpRequest' };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  // The service's texts (reasons, explanations) come in the page's language, which useLanguage sets on the document.
  headers['Accept-Language'] = lang ?? (document.documentElement.lang || 'fi');
  if (method !== 'GET' && csrf) headers[csrf.header] = csrf.token;
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
  });
}

async function call<T>(method: string, path: string, body?: unknown, lang?: string): Promise<T> {
  const response = await send(method, path, body, lang, 'application/json');
  await failed(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>;
}

/** Throws the problem body of a refused request as an ApiError; a lost login goes to the login page. */
async function failed(response: Response): Promise<void> {
  if (response.status === 401) {
    window.location.assign(LOGIN);
    throw new ApiError(401, 'Not logged in');
  }
  if (!response.ok) {
    let problem: { title?: string; detail?: string; violations?: Violation[] } = {};
    try {
      problem = await response.json();
    } catch {
      // not a problem body: keep the status line
    }
    throw new ApiError(response.status, problem.detail ?? problem.title ?? response.statusText, problem.violations ?? []);
  }
}
