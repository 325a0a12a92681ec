// The JSON the service answers. Responses are typed from the service's OpenAPI document (openapi.json →
// src/generated/openapi.d.ts, made by `npm run types`); the plan documents (the solution endpoints answer the
// plan JSON format of README "JSON format" as text, so the document cannot describe them) are written out here.
import type { components } from './generated/openapi';

type Schemas = components['schemas'];
/** The service writes every field of its records (null when empty); the document marks none of them required. */
type Complete<T> = T extends (infer E)[] ? Complete<E>[] : T extends object ? { [K in keyof T]-?: Complete<T[K]> } : T;
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export type Session = Nullable<Complete<Schemas['Session']>, 'csrfHeader' | 'csrfToken'>;
export type Role = Session['roles'][number];
export type PlanSummary = Nullable<Complete<Schemas['PlanSummary']>,
  'score' | 'stepLimit' | 'error' | 'solvingSince' | 'outcome' | 'basePlanId' | 'scenarioId'> & { kind: Kind };
export type PlanStatus = PlanSummary['status'];
export type RespiteKpis = Complete<Schemas['RespiteKpis']>;
export type HolidayKpis = Complete<Schemas['HolidayKpis']>;
export type HolidayUnplaced = Complete<Schemas['Unplaced']>;
export type Unmet = Nullable<Complete<Schemas['Unmet']>, 'freeBed' | 'freeArrival' | 'rule' | 'unit' | 'bed' | 'detail' | 'firstNight' | 'lastNight'>;
export type Recommendation = Nullable<Complete<Schemas['Recommendation']>, 'text'>;
export type NewStay = Complete<Schemas['NewStay']>;
export type ChangeResult = Complete<Schemas['ChangeResult']>;
export type DiffRow = Nullable<Complete<Schemas['DiffRow']>, 'breaksRule' | 'breaksRuleText'>;
export type OfficeDiff = Omit<Complete<Schemas['OfficeDiff']>, 'changes'> & { changes: DiffRow[] };
export type Contact = { guardian?: string | null; phone?: string | null; email?: string | null; language?: string | null };
export type FamilyToContact = Omit<Complete<Schemas['FamilyToContact']>, 'contact' | 'contacted' | 'clientName'> & {
  contact: Contact | null; contacted: Complete<Schemas['Contacted']> | null; clientName: string | null;
};
export type Contacts = Omit<Complete<Schemas['Contacts']>, 'families'> & { families: FamilyToContact[] };
export type FreedPlaceOption = Complete<Schemas['FreedPlaceOption']>;
export type FreedPlaceRanking = Complete<Schemas['FreedPlaceRanking']>;
export type SweepPoint = Complete<Schemas['Point']>;
export type SweepView = Omit<Nullable<Complete<Schemas['SweepView']>, 'result'>, 'steps'> & {
  steps: (Omit<Complete<Schemas['StepStatus']>, 'status' | 'score'> & { status: PlanStatus | null; score: string | null })[];
};
export type KpiComparison = Complete<Schemas['KpiComparison']>;
export type ScenarioView = Nullable<Complete<Schemas['ScenarioView']>, 'comparison' | 'basePlanId'>;
export type ScenarioRequest = Schemas['ScenarioRequest'];
export type ChangeSet = Schemas['ChangeSet'];

/** A match's justification: the service's justification records differ per constraint (the document leaves it open). */
export interface Justification {
  stayIds?: string[]; clientIds?: string[]; placementIds?: string[]; childIds?: string[]; unitId?: string | null;
  firstNight?: string | null; lastNight?: string | null; reason?: string;
}
export type ConstraintTotal = Omit<Complete<Schemas['ConstraintTotal']>, 'matches' | 'why'> & {
  why: string | null; matches: { score: string; justification: Justification }[];
};
export type Explanation = { score: string; constraints: ConstraintTotal[] };

export type Kind = 'respite' | 'holiday';

export const isActive = (status: PlanStatus) => status === 'QUEUED' || status === 'SOLVING';

// The plan documents (README "JSON format").
export interface DateRange { from: string; to: string }

export interface Bed { id: string; closedNights: DateRange[] }
export interface Room { id: string; genderPolicy: string; features: string[]; beds: Bed[] }
export interface Unit {
  id: string; name: string; producer: 'OWN' | 'PURCHASED' | 'VOUCHER'; provider: string; minAge: number; maxAge: number;
  features: string[]; costPerNight: number; skillCapacity: Record<string, number>; closedNights: DateRange[]; rooms: Room[];
}
export interface Client {
  id: string; name: string; birthDate: string; gender: string; segment: string; language: string; needs: string[];
  requiredFeatures: string[]; preferredFeatures: string[]; preferredUnits: string[]; refusedUnits: string[];
  usualUnit: string | null; incompatibleWith: string[]; familyId: string | null; monthlyEntitlement: number | null;
  contact?: Contact | null;
}
export interface Stay {
  id: string; client: string; requestedArrival: string; nights: number; earliestArrival: string; latestArrival: string;
  priority: string; status: string; bed?: string | null; arrival?: string | null;
}
export interface RespitePlan {
  name: string; horizon: DateRange; units: Unit[]; clients: Client[]; stays: Stay[]; score?: string; replanning?: unknown;
  parameters?: { defaultFlexibilityDays?: number | null };
}

export interface HolidayWeek { id: string; name: string; sequence: number; days: string[] }
export interface ActivityGroup {
  id: string; team: string; provider: string; producer: string; week: string; capacity: number; minGrade: number; maxGrade: number;
  language: string; accessible: boolean; skillCapacity: Record<string, number>;
}
export interface Child {
  id: string; name: string; grade: number; language: string; needs: string[]; wheelchair: boolean; familyId?: string | null;
}
export interface Placement { id: string; child: string; week: string; days: string[]; priority: string; group?: string | null }
export interface HolidayPlan {
  name: string; weeks: HolidayWeek[]; groups: ActivityGroup[]; children: Child[]; placements: Placement[]; score?: string;
}
