// Names for the codes plans use (needs, segments, features, priorities, KPIs, diff changes), in both
// languages. The JSON keeps the codes; the page shows these names, or the code when it has none.
import { useMemo } from 'preact/hooks';
import { useLang, type Lang } from './i18n';

const en: Record<string, string> = {
  AUTISM: 'autism', MEDICATION: 'medication', EPILEPSY: 'epilepsy', CHALLENGING_BEHAVIOUR: 'challenging behaviour',
  PHYSICAL_CARE: 'physical care', AWAKE_NIGHT: 'awake night staff', TUBE_FEEDING: 'tube feeding', AAC: 'AAC communication',
  ADULT_AUTISM: 'adult, autism', ADULT_DEMANDING: 'adult, demanding care', ADULT_INTELLECTUAL: 'adult, intellectual disability',
  ADULT_PHYSICAL: 'adult, physical disability', CHILD_AUTISM: 'child, autism', CHILD_DEMANDING: 'child, demanding care',
  CHILD_INTELLECTUAL: 'child, intellectual disability', CHILD_PHYSICAL: 'child, physical disability',
  CEILING_HOIST: 'ceiling hoist', SENSORY_ROOM: 'sensory room', SINGLE_ROOM: 'single room', WHEELCHAIR_ACCESS: 'wheelchair access',
  NORMAL: 'normal', HIGH: 'high', URGENT: 'urgent',
  UNIT_CHANGED: 'other unit', BED_CHANGED: 'other bed', DATES_CHANGED: 'other dates', DROPPED: 'dropped', NEWLY_PLACED: 'newly placed',
  CANCELLED: 'cancelled',
  requestedNights: 'requested nights', servedNights: 'served nights', unmetNights: 'unmet nights', servedShare: 'served share',
  clientsLeftWithNothing: 'clients left with nothing', ownProductionShare: 'own production share', totalCost: 'cost (€)',
  costPerServedNight: 'cost per served night (€)', utilisation: 'utilisation', firstChoiceShare: 'first choice share',
  meanArrivalShiftDays: 'mean arrival shift (days)', minClientServedShare: 'lowest client served share', jainFairness: 'fairness (Jain)',
};

const fi: Record<string, string> = {
  AUTISM: 'autismi', MEDICATION: 'lääkehoito', EPILEPSY: 'epilepsia', CHALLENGING_BEHAVIOUR: 'haastava käyttäytyminen',
  PHYSICAL_CARE: 'fyysinen hoiva', AWAKE_NIGHT: 'valvottu yö', TUBE_FEEDING: 'letkuruokinta', AAC: 'puhetta tukeva viestintä',
  ADULT_AUTISM: 'aikuinen, autismi', ADULT_DEMANDING: 'aikuinen, vaativa hoiva', ADULT_INTELLECTUAL: 'aikuinen, kehitysvamma',
  ADULT_PHYSICAL: 'aikuinen, liikuntavamma', CHILD_AUTISM: 'lapsi, autismi', CHILD_DEMANDING: 'lapsi, vaativa hoiva',
  CHILD_INTELLECTUAL: 'lapsi, kehitysvamma', CHILD_PHYSICAL: 'lapsi, liikuntavamma',
  CEILING_HOIST: 'kattonostin', SENSORY_ROOM: 'aistihuone', SINGLE_ROOM: 'yhden hengen huone', WHEELCHAIR_ACCESS: 'esteettömyys',
  NORMAL: 'tavallinen', HIGH: 'korkea', URGENT: 'kiireellinen',
  UNIT_CHANGED: 'eri yksikkö', BED_CHANGED: 'eri vuode', DATES_CHANGED: 'eri päivät', DROPPED: 'pudonnut', NEWLY_PLACED: 'uusi paikka',
  CANCELLED: 'peruttu',
  requestedNights: 'toivotut yöt', servedNights: 'toteutuneet yöt', unmetNights: 'toteutumattomat yöt', servedShare: 'toteutunut osuus',
  clientsLeftWithNothing: 'asiakkaat ilman jaksoa', ownProductionShare: 'oman tuotannon osuus', totalCost: 'kustannus (€)',
  costPerServedNight: 'hinta per toteutunut yö (€)', utilisation: 'käyttöaste', firstChoiceShare: 'ensisijaisen toiveen osuus',
  meanArrivalShiftDays: 'saapumisen keskisiirtymä (pv)', minClientServedShare: 'pienin asiakkaan toteutunut osuus',
  jainFairness: 'tasapuolisuus (Jain)',
};

const names: Record<Lang, Record<string, string>> = { en, fi };

export type CodeName = (code: string) => string;

/** The names in the page's language; the same function while the language stays (safe as an effect dependency). */
export function useCodes(): CodeName {
  const lang = useLang();
  return useMemo(() => (code: string) => names[lang][code] ?? code, [lang]);
}
