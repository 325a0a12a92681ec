// Names for the codes plans use (needs, segments, features, priorities, KPIs, diff changes, constraints), in both
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
  // Constraint names and why they exist (the service's catalogue, README "Constraints"); English comes from the service.
  'Bed double-booked': 'Vuode kahdesti varattu', 'why:Bed double-booked': 'Yksi asiakas vuoteessa yötä kohden.',
  'Bed or unit closed': 'Vuode tai yksikkö suljettu', 'why:Bed or unit closed': 'Jakso tarvitsee vuoteensa ja yksikkönsä auki joka yö (lomat, remontti, rikkinäinen vuode).',
  'Age outside unit range': 'Ikä yksikön rajojen ulkopuolella', 'why:Age outside unit range': 'Lapsilla ja aikuisilla on omat yksikkönsä.',
  'Required feature missing': 'Välttämätön varuste puuttuu', 'why:Required feature missing': 'Pyörätuolin käyttäjä tarvitsee esteettömyyden, nostimen käyttäjä nostimen: ilman niitä jakso ei ole turvallinen.',
  'Skill capacity exceeded': 'Osaamisen kapasiteetti ylittyy', 'why:Skill capacity exceeded': 'Yön koulutettu henkilöstö voi hoitaa vain rajallisen määrän asiakkaita, jotka tarvitsevat tätä osaamista.',
  'Awake night staff missing': 'Valvova yöhoitaja puuttuu', 'why:Awake night staff missing': 'Yöllä hoitoa tarvitseva asiakas voi yöpyä vain siellä, missä yöhoitaja valvoo sinä yönä.',
  'Incompatible clients together': 'Yhteensopimattomat asiakkaat yhdessä', 'why:Incompatible clients together': 'Jotkut asiakkaat eivät saa koskaan kohdata (väkivalta, pelko, lähestymiskielto).',
  'Client in two places': 'Asiakas kahdessa paikassa', 'why:Client in two places': 'Asiakas on yhdessä paikassa kerrallaan: saman asiakkaan jaksot eivät saa mennä päällekkäin.',
  'Room gender policy': 'Huoneen sukupuolisääntö', 'why:Room gender policy': 'Naisten ja miesten huoneisiin sijoitetaan vain sen sukupuolen asiakkaita.',
  'Mixed genders in same-gender room': 'Eri sukupuolet samaa sukupuolta vaativassa huoneessa', 'why:Mixed genders in same-gender room': 'Jaettua samaa sukupuolta vaativaa huonetta ei jaeta eri sukupuolten kesken minään yönä.',
  'Unmet demand': 'Toteutumaton tarve', 'why:Unmet demand': 'Jokainen toteutumaton yö on omaishoitaja ilman lepoa; neliöity asiakkaittain, jotta vaje jakautuu tasapuolisesti.',
  'Production cost': 'Tuotantokustannus', 'why:Production cost': 'Euroa varattua vuodeyötä kohden yksikön ja viikonpäivän mukaan: oman tuotannon rajakustannus on pienin.',
  'Arrival moved': 'Saapuminen siirtynyt', 'why:Arrival moved': 'Perheet suunnittelevat toivotun päivän mukaan; jokainen siirtopäivä maksaa heille.',
  'Unit preference rank': 'Yksikkötoiveen sija', 'why:Unit preference rank': 'Perheet asettavat yksiköt järjestykseen; jokainen askel ensimmäisestä toiveesta on pienempi tyytyväisyys.',
  'Refused unit': 'Torjuttu yksikkö', 'why:Refused unit': 'Perhe on torjunut yksikön (huono kokemus); sitä käytetään vain, jos mikään muu ei palvele jaksoa.',
  'Preferred feature missing': 'Toivottu varuste puuttuu', 'why:Preferred feature missing': 'Toivotut varusteet (yhden hengen huone, aistihuone) parantavat jaksoa.',
  'Not the usual unit': 'Ei tuttu yksikkö', 'why:Not the usual unit': 'Tuttu henkilöstö ja paikka ovat tärkeitä: jatkuvuus asiakkaan tutussa yksikössä.',
  'Travel distance': 'Matka', 'why:Travel distance': 'Kilometrit kotoa yksikköön: perheet tai taksit ajavat jokaisen jakson.',
  'Placement cost': 'Sijoituskustannus', 'why:Placement cost': 'Aineiston mukana annetut hakemuskohtaiset yksikön tai huoneen kustannukset.',
  'Siblings apart': 'Sisarukset eri aikaan', 'why:Siblings apart': 'Omaishoitaja lepää vasta, kun kaikki lapset ovat poissa: sisarusten jaksot samoille öille.',
  'Published unit changed': 'Julkaistu yksikkö vaihtunut', 'why:Published unit changed': 'Uudelleensuunnittelun vakaus: perhe, jolle on ilmoitettu yksi yksikkö, siirretään toiseen (tai pudotetaan).',
  'Published bed changed': 'Julkaistu vuode vaihtunut', 'why:Published bed changed': 'Uudelleensuunnittelun vakaus: eri vuode samassa yksikössä (huonetoverit ja huone vaihtuvat).',
  'Published arrival moved': 'Julkaistu saapuminen siirtynyt', 'why:Published arrival moved': 'Uudelleensuunnittelun vakaus: päivät, jotka julkaistu saapuminen siirtyi.',
  'Group capacity exceeded': 'Ryhmän paikat ylittyvät', 'why:Group capacity exceeded': 'Ryhmään mahtuu päivässä vain rajallinen määrä lapsia: henkilöstömitoitus ja tila.',
  'Grade outside group range': 'Luokka-aste ryhmän ulkopuolella', 'why:Grade outside group range': 'Ryhmät muodostetaan luokka-asteittain (1–4, 3–6, 5–9): toiminta ja vertaiset sopivat ikään.',
  'Holiday skill capacity exceeded': 'Ryhmän osaamiskapasiteetti ylittyy', 'why:Holiday skill capacity exceeded': 'Ryhmän koulutettu henkilöstö (esim. autismiin perehtynyt) voi hoitaa vain rajallisen määrän lapsia, jotka tarvitsevat tätä osaamista.',
  'Group not accessible': 'Ryhmä ei esteetön', 'why:Group not accessible': 'Pyörätuolin käyttäjä tarvitsee esteettömän paikan.',
  'Language mismatch': 'Kieli ei vastaa', 'why:Language mismatch': 'Suomen- ja ruotsinkieliset lapset osallistuvat oman kielensä ryhmiin.',
  'Unmet holiday demand': 'Toteutumaton lomatoiminnan tarve', 'why:Unmet holiday demand': 'Jokainen päivä ilman paikkaa jättää perheen ilman hoitoa; neliöity lapsittain, jotta vaje jakautuu.',
  'Week-to-week continuity': 'Jatkuvuus viikosta toiseen', 'why:Week-to-week continuity': 'Tuttu henkilöstö ja paikka peräkkäisinä viikkoina; kaksinkertainen autistisille lapsille, joille muutos on raskain.',
  'Siblings in different groups': 'Sisarukset eri ryhmissä', 'why:Siblings in different groups': 'Samassa ryhmässä olevilla sisaruksilla on yksi matka ja yksi rytmi.',
  'Friends in different groups': 'Ystävät eri ryhmissä', 'why:Friends in different groups': 'Ystävä ryhmässä helpottaa uuteen paikkaan tuloa.',
  'Holiday travel': 'Lomatoiminnan matkat', 'why:Holiday travel': 'Kilometrit kotoa ryhmään päivässä: saatettu matka-aika on hoitoaikaa.',
  'Not a preferred provider': 'Ei toivottu palveluntuottaja', 'why:Not a preferred provider': 'Perheet voivat nimetä toivomansa palveluntuottajat.',
  'Holiday cost': 'Lomatoiminnan kustannus', 'why:Holiday cost': 'Euroa lapsipäivää kohden palveluntuottajan mukaan.',
};

const names: Record<Lang, Record<string, string>> = { en, fi };

/** A code's name in the page's language; the fallback (or the code) when there is none. */
export type CodeName = (code: string, fallback?: string) => string;

/** The names in the page's language; the same function while the language stays (safe as an effect dependency). */
export function useCodes(): CodeName {
  const lang = useLang();
  return useMemo(() => (code: string, fallback?: string) => names[lang][code] ?? fallback ?? code, [lang]);
}
