// The service's REST API as the page uses it: JSON in and out, the session's CSRF token on changes,
// RFC 9457 problem bodies turned into errors that name the fields. The paths are in paths.ts.
import { api, LOGIN } from './paths';
import type { Session } from './types';

export interface Violation { field: string; reason: string }

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

export function del<T>(path: string): Promise<T> {
  return call<T>('DELETE', path);
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  // The service writes its words (reasons, places, drafts) in the page's language.
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest',
    'Accept-Language': document.documentElement.lang || 'fi' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers[csrf.header] = csrf.token;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
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
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>;
}
