// Names for the codes plans use (needs, segments, features, priorities, KPIs, diff changes, languages) and for the
// service's constraints, in the page's language. The JSON keeps the codes; the page shows these names.
import { useMemo } from 'preact/hooks';
import { useLang } from './index';
import { constraintWords } from './constraints';

const en = {
  AUTISM: 'autism', MEDICATION: 'medication', EPILEPSY: 'epilepsy', CHALLENGING_BEHAVIOUR: 'challenging behaviour',
  PHYSICAL_CARE: 'physical care', AWAKE_NIGHT: 'awake night staff', TUBE_FEEDING: 'tube feeding', AAC: 'AAC communication',
  ADULT_AUTISM: 'adult, autism', ADULT_DEMANDING: 'adult, demanding care', ADULT_INTELLECTUAL: 'adult, intellectual disability',
  ADULT_PHYSICAL: 'adult, physical disability', CHILD_AUTISM: 'child, autism', CHILD_DEMANDING: 'child, demanding care',
  CHILD_INTELLECTUAL: 'child, intellectual disability', CHILD_PHYSICAL: 'child, physical disability',
  CEILING_HOIST: 'ceiling hoist', SENSORY_ROOM: 'sensory room', SINGLE_ROOM: 'single room', WHEELCHAIR_ACCESS: 'wheelchair access',
  NORMAL: 'normal', HIGH: 'high', URGENT: 'urgent',
  UNIT_CHANGED: 'other unit', BED_CHANGED: 'other bed', DATES_CHANGED: 'other dates', DROPPED: 'dropped', NEWLY_PLACED: 'newly placed',
  CANCELLED: 'cancelled',
  fi: 'Finnish', sv: 'Swedish',
  FEMALE: 'female', MALE: 'male', OTHER: 'other',
  requestedNights: 'requested nights', servedNights: 'served nights', unmetNights: 'unmet nights', servedShare: 'served share',
  clientsLeftWithNothing: 'clients left with nothing', ownProductionShare: 'own production share', totalCost: 'cost (€)',
  costPerServedNight: 'cost per served night (€)', utilisation: 'utilisation', firstChoiceShare: 'first choice share',
  meanArrivalShiftDays: 'mean arrival shift (days)', minClientServedShare: 'lowest client served share', jainFairness: 'fairness (Jain)',
  BREAKS_RULE: 'breaks a rule',
  familiesBelowEntitlement: 'families below their decision', entitlementNightsShort: 'decided nights short',
  entitlementServedShare: 'granted nights served', entitlementJain: 'coverage fairness (Jain)',
  costPerClientOwn: 'cost per client, own (€)', costPerNightOwn: 'cost per night, own (€)',
  costPerClientPurchased: 'cost per client, purchased (€)', costPerNightPurchased: 'cost per night, purchased (€)',
  costPerClientVoucher: 'cost per client, voucher (€)', costPerNightVoucher: 'cost per night, voucher (€)',
  children: 'children\'s units', adults: 'adults\' units',
};

type Code = keyof typeof en;

const fi: Record<Code, string> = {
  AUTISM: 'autismi', MEDICATION: 'lääkehoito', EPILEPSY: 'epilepsia', CHALLENGING_BEHAVIOUR: 'haastava käyttäytyminen',
  PHYSICAL_CARE: 'fyysinen hoiva', AWAKE_NIGHT: 'valvottu yö', TUBE_FEEDING: 'letkuruokinta', AAC: 'puhetta tukeva viestintä',
  ADULT_AUTISM: 'aikuinen, autismi', ADULT_DEMANDING: 'aikuinen, vaativa hoiva', ADULT_INTELLECTUAL: 'aikuinen, kehitysvamma',
  ADULT_PHYSICAL: 'aikuinen, liikuntavamma', CHILD_AUTISM: 'lapsi, autismi', CHILD_DEMANDING: 'lapsi, vaativa hoiva',
  CHILD_INTELLECTUAL: 'lapsi, kehitysvamma', CHILD_PHYSICAL: 'lapsi, liikuntavamma',
  CEILING_HOIST: 'kattonostin', SENSORY_ROOM: 'aistihuone', SINGLE_ROOM: 'yhden hengen huone', WHEELCHAIR_ACCESS: 'esteettömyys',
  NORMAL: 'tavallinen', HIGH: 'korkea', URGENT: 'kiireellinen',
  UNIT_CHANGED: 'eri yksikkö', BED_CHANGED: 'eri vuode', DATES_CHANGED: 'eri päivät', DROPPED: 'pudonnut', NEWLY_PLACED: 'uusi paikka',
  CANCELLED: 'peruttu',
  fi: 'suomi', sv: 'ruotsi',
  FEMALE: 'nainen', MALE: 'mies', OTHER: 'muu',
  requestedNights: 'toivotut yöt', servedNights: 'toteutuneet yöt', unmetNights: 'toteutumattomat yöt', servedShare: 'toteutunut osuus',
  clientsLeftWithNothing: 'asiakkaat ilman jaksoa', ownProductionShare: 'oman tuotannon osuus', totalCost: 'kustannus (€)',
  costPerServedNight: 'hinta per toteutunut yö (€)', utilisation: 'käyttöaste', firstChoiceShare: 'ensisijaisen toiveen osuus',
  meanArrivalShiftDays: 'saapumisen keskisiirtymä (pv)', minClientServedShare: 'pienin asiakkaan toteutunut osuus',
  jainFairness: 'tasapuolisuus (Jain)',
  BREAKS_RULE: 'rikkoo säännön',
  familiesBelowEntitlement: 'perheet alle päätöksen', entitlementNightsShort: 'päätöksestä puuttuvat yöt',
  entitlementServedShare: 'myönnetyistä öistä toteutui', entitlementJain: 'päätösten tasapuolisuus (Jain)',
  costPerClientOwn: 'hinta per asiakas, oma (€)', costPerNightOwn: 'hinta per yö, oma (€)',
  costPerClientPurchased: 'hinta per asiakas, osto (€)', costPerNightPurchased: 'hinta per yö, osto (€)',
  costPerClientVoucher: 'hinta per asiakas, seteli (€)', costPerNightVoucher: 'hinta per yö, seteli (€)',
  children: 'lasten yksiköt', adults: 'aikuisten yksiköt',
};

const sv: Record<Code, string> = {
  AUTISM: 'autism', MEDICATION: 'läkemedelsbehandling', EPILEPSY: 'epilepsi', CHALLENGING_BEHAVIOUR: 'utmanande beteende',
  PHYSICAL_CARE: 'fysisk vård', AWAKE_NIGHT: 'vaken nattpersonal', TUBE_FEEDING: 'sondmatning', AAC: 'AKK-kommunikation',
  ADULT_AUTISM: 'vuxen, autism', ADULT_DEMANDING: 'vuxen, krävande vård', ADULT_INTELLECTUAL: 'vuxen, intellektuell funktionsnedsättning',
  ADULT_PHYSICAL: 'vuxen, rörelsehinder', CHILD_AUTISM: 'barn, autism', CHILD_DEMANDING: 'barn, krävande vård',
  CHILD_INTELLECTUAL: 'barn, intellektuell funktionsnedsättning', CHILD_PHYSICAL: 'barn, rörelsehinder',
  CEILING_HOIST: 'taklyft', SENSORY_ROOM: 'sinnesrum', SINGLE_ROOM: 'enkelrum', WHEELCHAIR_ACCESS: 'tillgänglighet',
  NORMAL: 'normal', HIGH: 'hög', URGENT: 'brådskande',
  UNIT_CHANGED: 'annan enhet', BED_CHANGED: 'annan säng', DATES_CHANGED: 'andra datum', DROPPED: 'bortfallen', NEWLY_PLACED: 'ny plats',
  CANCELLED: 'avbokad',
  fi: 'finska', sv: 'svenska',
  FEMALE: 'kvinna', MALE: 'man', OTHER: 'annat',
  requestedNights: 'önskade nätter', servedNights: 'förverkligade nätter', unmetNights: 'ouppfyllda nätter', servedShare: 'förverkligad andel',
  clientsLeftWithNothing: 'klienter utan period', ownProductionShare: 'andel egen produktion', totalCost: 'kostnad (€)',
  costPerServedNight: 'pris per förverkligad natt (€)', utilisation: 'beläggning', firstChoiceShare: 'andel förstahandsönskemål',
  meanArrivalShiftDays: 'ankomstens medelförskjutning (dagar)', minClientServedShare: 'lägsta förverkligade andel per klient',
  jainFairness: 'rättvisa (Jain)',
  BREAKS_RULE: 'bryter mot en regel',
  familiesBelowEntitlement: 'familjer under beslutet', entitlementNightsShort: 'nätter som fattas av beslutet',
  entitlementServedShare: 'förverkligad andel av beviljade nätter', entitlementJain: 'beslutens rättvisa (Jain)',
  costPerClientOwn: 'pris per klient, egen (€)', costPerNightOwn: 'pris per natt, egen (€)',
  costPerClientPurchased: 'pris per klient, köpt (€)', costPerNightPurchased: 'pris per natt, köpt (€)',
  costPerClientVoucher: 'pris per klient, sedel (€)', costPerNightVoucher: 'pris per natt, sedel (€)',
  children: 'barnenheter', adults: 'vuxenenheter',
};

export const codeNames = { en, fi, sv };

/** A code's name in the page's language; the fallback (or the code) when there is none. */
export type CodeName = (code: string, fallback?: string) => string;

/** The names in the page's language; the same function while the language stays (safe as an effect dependency). */
export function useCodes(): CodeName {
  const lang = useLang();
  return useMemo(() => (code: string, fallback?: string) => (codeNames[lang] as Record<string, string>)[code] ?? fallback ?? code, [lang]);
}

/** A constraint's name and why in the page's language; English (and a constraint the page does not know) as the service says. */
export function useConstraintWords(): (constraint: string, why?: string | null) => { name: string; why: string } {
  const lang = useLang();
  return useMemo(() => (constraint: string, why?: string | null) => {
    const words = lang === 'en' ? undefined : constraintWords[constraint]?.[lang];
    return words ?? { name: constraint, why: why ?? '' };
  }, [lang]);
}
