// The JSON the service answers, as the page reads it (see README "JSON format").

export type PlanStatus = 'QUEUED' | 'SOLVING' | 'DONE' | 'STOPPED' | 'FAILED' | 'INTERRUPTED';
export type Kind = 'respite' | 'holiday';

export interface PlanSummary {
  id: string;
  kind: Kind;
  orgUnit: string;
  name: string;
  status: PlanStatus;
  score: string | null;
  timeLimitSeconds: number;
  stepLimit: number | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  solvingSince: string | null;
}

export const isActive = (status: PlanStatus) => status === 'QUEUED' || status === 'SOLVING';

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
}
export interface Stay {
  id: string; client: string; requestedArrival: string; nights: number; earliestArrival: string; latestArrival: string;
  priority: string; status: string; bed?: string | null; arrival?: string | null;
}
export interface RespitePlan {
  name: string; horizon: DateRange; units: Unit[]; clients: Client[]; stays: Stay[]; score?: string;
}

export interface Nights { requestedStays: number; servedStays: number; requestedNights: number; servedNights: number }
export interface RespiteKpis {
  nights: Nights; bySegment: Record<string, Nights>; clientsRequesting: number; clientsLeftWithNothing: number;
  servedNightsByProducer: Record<string, number>; ownProductionShare: number; totalCost: number; costPerServedNight: number;
  utilisation: number; firstChoiceShare: number; meanArrivalShiftDays: number; jainFairness: number; changesFromPublished: number;
}

export interface Justification {
  stayIds?: string[]; clientIds?: string[]; placementIds?: string[]; childIds?: string[]; unitId?: string | null;
  firstNight?: string | null; lastNight?: string | null; reason?: string;
}
export interface ConstraintTotal {
  constraint: string; level: 'hard' | 'medium' | 'soft' | null; why: string | null; score: string; matchCount: number;
  matchesShown: number; matches: { score: string; justification: Justification }[];
}
export interface Explanation { score: string; constraints: ConstraintTotal[] }

export interface Unmet {
  stayId: string; clientId: string; priority: string; earliestArrival: string; latestArrival: string; nights: number;
  reason: 'NO_SUITABLE_BED' | 'SUITABLE_BEDS_FULL' | 'FREE_BED_BREAKS_RULES'; suitableBeds: number;
  freeBed: string | null; freeArrival: string | null;
}

export interface Recommendation {
  bed: string; room: string; unit: string; unitName: string; producer: string; arrival: string; scoreDiff: string; feasible: boolean;
}

export interface DiffEntry {
  stayId: string; clientId: string; change: string; oldUnit: string | null; oldBed: string | null; oldArrival: string | null;
  oldDeparture: string | null; newUnit: string | null; newBed: string | null; newArrival: string | null; newDeparture: string | null;
}
export interface PlanDiff { familiesAffected: number; changes: DiffEntry[] }

export interface KpiComparison {
  kpis: string[];
  columns: { variant: string; score: string; values: Record<string, number>; deltas: Record<string, number> }[];
}
export interface ScenarioView {
  id: string; name: string; basePlanId: string | null; status: 'SOLVING' | 'DONE';
  variants: { variant: string; planId: string; status: PlanStatus; score: string | null }[];
  comparison: KpiComparison | null;
}

export interface HolidayWeek { id: string; name: string; sequence: number; days: string[] }
export interface ActivityGroup {
  id: string; team: string; provider: string; producer: string; week: string; capacity: number; minGrade: number; maxGrade: number;
  language: string; accessible: boolean; skillCapacity: Record<string, number>;
}
export interface Child { id: string; name: string; grade: number; language: string; needs: string[]; wheelchair: boolean }
export interface Placement { id: string; child: string; week: string; days: string[]; priority: string; group?: string | null }
export interface HolidayPlan {
  name: string; weeks: HolidayWeek[]; groups: ActivityGroup[]; children: Child[]; placements: Placement[]; score?: string;
}
export interface HolidayKpis {
  requestedChildDays: number; servedChildDays: number; unmetDaysByNeed: Record<string, number>; childrenLeftWithNothing: number;
  continuityShare: number; siblingsTogetherShare: number; totalCost: number;
}
