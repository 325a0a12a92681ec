// Every path of the service the page calls or links to. Checked against the service's OpenAPI document
// (openapi.json): a path the service does not have is a compile error.
import type { paths } from './generated/openapi';
import type { Kind } from './types';

type Template = keyof paths;

/** A path of the OpenAPI document with its {parameters} filled in, and an optional query string. */
function fill(template: Template, params: Record<string, string> = {}, search: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name])) + query(search);
}

/** Query string from the defined values only. */
function query(params: Record<string, string | number | undefined | null>): string {
  const defined = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return defined.length === 0 ? '' : '?' + new URLSearchParams(defined.map(([k, v]) => [k, String(v)])).toString();
}

type Limits = { timeLimitSeconds?: number };

export const api = {
  session: () => fill('/api/session'),
  csrf: () => fill('/api/csrf'),
  demoData: () => fill('/api/demo-data'),
  demoDataset: (name: string) => fill('/api/demo-data/{name}', { name }),
  plans: (kind: Kind, limits: Limits = {}) => fill(`/api/${kind}/plans`, {}, limits),
  plan: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}`, { id }),
  solution: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/solution`, { id }),
  kpis: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/kpis`, { id }),
  planCsv: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/plan.csv`, { id }),
  kpisCsv: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/kpis.csv`, { id }),
  planXlsx: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/plan.xlsx`, { id }),
  template: (kind: Kind) => fill(`/api/${kind}/plans/template.xlsx`),
  uploadWorkbook: (kind: Kind, limits: Limits = {}) => fill(`/api/${kind}/plans/workbook`, {}, limits),
  stop: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/stop`, { id }),
  solve: (kind: Kind, id: string, limits: Limits) => fill(`/api/${kind}/plans/{id}/solve`, { id }, limits),
  publish: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/publish`, { id }),
  archive: (kind: Kind, id: string) => fill(`/api/${kind}/plans/{id}/archive`, { id }),
  explanation: (kind: Kind, id: string, filter: { constraint?: string; stay?: string; limit: number }) =>
    fill(`/api/${kind}/plans/{id}/explanation`, { id }, filter),
  unmet: (id: string) => fill('/api/respite/plans/{id}/unmet', { id }),
  holidayUnplaced: (id: string) => fill('/api/holiday/plans/{id}/unplaced', { id }),
  changes: (id: string) => fill('/api/respite/plans/{id}/changes', { id }),
  pendingChanges: (id: string) => fill('/api/respite/plans/{id}/pending-changes', { id }),
  pendingChange: (id: string, changeId: number) =>
    fill('/api/respite/plans/{id}/pending-changes/{changeId}', { id, changeId: String(changeId) }),
  replanPending: (id: string, query: { today: string } & Limits) => fill('/api/respite/plans/{id}/pending-changes/replan', { id }, query),
  recommendations: (id: string, limit: number) => fill('/api/respite/plans/{id}/recommendations', { id }, { limit }),
  applyRecommendation: (id: string) => fill('/api/respite/plans/{id}/recommendations/apply', { id }),
  replan: (id: string, limits: Limits) => fill('/api/respite/plans/{id}/replan', { id }, limits),
  diff: (id: string) => fill('/api/respite/plans/{id}/diff', { id }),
  diffCsv: (id: string) => fill('/api/respite/plans/{id}/diff.csv', { id }),
  contacts: (id: string) => fill('/api/respite/plans/{id}/contacts', { id }),
  contactsCsv: (id: string) => fill('/api/respite/plans/{id}/contacts.csv', { id }),
  contactsXlsx: (id: string) => fill('/api/respite/plans/{id}/contacts.xlsx', { id }),
  contacted: (id: string, clientId: string) => fill('/api/respite/plans/{id}/contacts/{clientId}/contacted', { id, clientId }),
  freedPlace: (id: string, stayId: string) => fill('/api/respite/plans/{id}/stays/{stayId}/freed-place', { id, stayId }),
  scenarios: () => fill('/api/respite/scenarios'),
  scenario: (id: string) => fill('/api/respite/scenarios/{id}', { id }),
  comparisonCsv: (id: string) => fill('/api/respite/scenarios/{id}/comparison.csv', { id }),
  sweeps: () => fill('/api/respite/sweeps'),
  sweep: (id: string) => fill('/api/respite/sweeps/{id}', { id }),
  sweepCsv: (id: string) => fill('/api/respite/sweeps/{id}/sweep.csv', { id }),
};

/** Spring Security's form login and logout (not part of the OpenAPI document). */
export const LOGIN = '/login';
export const LOGOUT = '/logout';
