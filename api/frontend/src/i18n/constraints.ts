// The service's constraint names (its catalogue, README "Constraints") and why each exists, in Finnish and Swedish;
// English is the service's own. Every constraint has both languages (a missing one does not compile); the browser
// tests check that every constraint the service names is here.

export interface ConstraintWords { name: string; why: string }

export const constraintWords: Record<string, { fi: ConstraintWords; sv: ConstraintWords }> = {
  'Bed double-booked': {
    fi: { name: 'Vuode kahdesti varattu', why: 'Yksi asiakas vuoteessa yötä kohden.' },
    sv: { name: 'Säng dubbelbokad', why: 'En klient per säng och natt.' },
  },
  'Bed or unit closed': {
    fi: { name: 'Vuode tai yksikkö suljettu', why: 'Jakso tarvitsee vuoteensa ja yksikkönsä auki joka yö (lomat, remontti, rikkinäinen vuode).' },
    sv: { name: 'Säng eller enhet stängd', why: 'En period behöver sin säng och enhet öppen varje natt (helger, renovering, trasig säng).' },
  },
  'Age outside unit range': {
    fi: { name: 'Ikä yksikön rajojen ulkopuolella', why: 'Lapsilla ja aikuisilla on omat yksikkönsä.' },
    sv: { name: 'Ålder utanför enhetens gränser', why: 'Barn och vuxna har egna enheter.' },
  },
  'Required feature missing': {
    fi: { name: 'Välttämätön varuste puuttuu', why: 'Pyörätuolin käyttäjä tarvitsee esteettömyyden, nostimen käyttäjä nostimen: ilman niitä jakso ei ole turvallinen.' },
    sv: { name: 'Nödvändig utrustning saknas', why: 'En rullstolsanvändare behöver tillgänglighet, en lyftanvändare en lyft: utan dem är perioden inte trygg.' },
  },
  'Skill capacity exceeded': {
    fi: { name: 'Osaamisen kapasiteetti ylittyy', why: 'Yön koulutettu henkilöstö voi hoitaa vain rajallisen määrän asiakkaita, jotka tarvitsevat tätä osaamista.' },
    sv: { name: 'Kunnandets kapacitet överskrids', why: 'Nattens utbildade personal kan bara ta hand om ett begränsat antal klienter som behöver det här kunnandet.' },
  },
  'Awake night staff missing': {
    fi: { name: 'Valvova yöhoitaja puuttuu', why: 'Yöllä hoitoa tarvitseva asiakas voi yöpyä vain siellä, missä yöhoitaja valvoo sinä yönä.' },
    sv: { name: 'Vaken nattpersonal saknas', why: 'En klient som behöver vård på natten kan bara övernatta där nattpersonalen är vaken den natten.' },
  },
  'Incompatible clients together': {
    fi: { name: 'Yhteensopimattomat asiakkaat yhdessä', why: 'Jotkut asiakkaat eivät saa koskaan kohdata (väkivalta, pelko, lähestymiskielto).' },
    sv: { name: 'Oförenliga klienter tillsammans', why: 'Vissa klienter får aldrig mötas (våld, rädsla, besöksförbud).' },
  },
  'Client in two places': {
    fi: { name: 'Asiakas kahdessa paikassa', why: 'Asiakas on yhdessä paikassa kerrallaan: saman asiakkaan jaksot eivät saa mennä päällekkäin.' },
    sv: { name: 'Klient på två ställen', why: 'En klient är på ett ställe åt gången: samma klients perioder får inte överlappa.' },
  },
  'Room gender policy': {
    fi: { name: 'Huoneen sukupuolisääntö', why: 'Naisten ja miesten huoneisiin sijoitetaan vain sen sukupuolen asiakkaita.' },
    sv: { name: 'Rummets könsregel', why: 'I kvinno- och mansrum placeras bara klienter av det könet.' },
  },
  'Mixed genders in same-gender room': {
    fi: { name: 'Eri sukupuolet samaa sukupuolta vaativassa huoneessa', why: 'Jaettua samaa sukupuolta vaativaa huonetta ei jaeta eri sukupuolten kesken minään yönä.' },
    sv: { name: 'Olika kön i rum för samma kön', why: 'Ett delat rum för samma kön delas inte mellan olika kön någon natt.' },
  },
  'Unmet demand': {
    fi: { name: 'Toteutumaton tarve', why: 'Jokainen toteutumaton yö on omaishoitaja ilman lepoa; neliöity asiakkaittain, jotta vaje jakautuu tasapuolisesti.' },
    sv: { name: 'Ouppfyllt behov', why: 'Varje ouppfylld natt är en närståendevårdare utan vila; kvadrerat per klient så att bristen fördelas rättvist.' },
  },
  'Production cost': {
    fi: { name: 'Tuotantokustannus', why: 'Euroa varattua vuodeyötä kohden yksikön ja viikonpäivän mukaan: oman tuotannon rajakustannus on pienin.' },
    sv: { name: 'Produktionskostnad', why: 'Euro per bokad sängnatt enligt enhet och veckodag: den egna produktionens marginalkostnad är lägst.' },
  },
  'Arrival moved': {
    fi: { name: 'Saapuminen siirtynyt', why: 'Perheet suunnittelevat toivotun päivän mukaan; jokainen siirtopäivä maksaa heille.' },
    sv: { name: 'Ankomsten flyttad', why: 'Familjer planerar efter den önskade dagen; varje dags flytt kostar dem.' },
  },
  'Unit preference rank': {
    fi: { name: 'Yksikkötoiveen sija', why: 'Perheet asettavat yksiköt järjestykseen; jokainen askel ensimmäisestä toiveesta on pienempi tyytyväisyys.' },
    sv: { name: 'Placering bland önskade enheter', why: 'Familjer rangordnar enheterna; varje steg från förstahandsönskemålet är mindre nöjdhet.' },
  },
  'Refused unit': {
    fi: { name: 'Torjuttu yksikkö', why: 'Perhe on torjunut yksikön (huono kokemus); sitä käytetään vain, jos mikään muu ei palvele jaksoa.' },
    sv: { name: 'Avböjd enhet', why: 'Familjen har avböjt enheten (dålig erfarenhet); den används bara om inget annat kan ta emot perioden.' },
  },
  'Preferred feature missing': {
    fi: { name: 'Toivottu varuste puuttuu', why: 'Toivotut varusteet (yhden hengen huone, aistihuone) parantavat jaksoa.' },
    sv: { name: 'Önskad utrustning saknas', why: 'Önskad utrustning (enkelrum, sinnesrum) gör perioden bättre.' },
  },
  'Not the usual unit': {
    fi: { name: 'Ei tuttu yksikkö', why: 'Tuttu henkilöstö ja paikka ovat tärkeitä: jatkuvuus asiakkaan tutussa yksikössä.' },
    sv: { name: 'Inte den vana enheten', why: 'Bekant personal och plats är viktiga: kontinuitet i klientens vana enhet.' },
  },
  'Travel distance': {
    fi: { name: 'Matka', why: 'Kilometrit kotoa yksikköön: perheet tai taksit ajavat jokaisen jakson.' },
    sv: { name: 'Resa', why: 'Kilometer hemifrån till enheten: familjer eller taxi kör varje period.' },
  },
  'Placement cost': {
    fi: { name: 'Sijoituskustannus', why: 'Aineiston mukana annetut hakemuskohtaiset yksikön tai huoneen kustannukset.' },
    sv: { name: 'Placeringskostnad', why: 'Ansökningsvisa kostnader för enhet eller rum som angetts i datamaterialet.' },
  },
  'Siblings apart': {
    fi: { name: 'Sisarukset eri aikaan', why: 'Omaishoitaja lepää vasta, kun kaikki lapset ovat poissa: sisarusten jaksot samoille öille.' },
    sv: { name: 'Syskon vid olika tider', why: 'Närståendevårdaren vilar först när alla barn är borta: syskonens perioder till samma nätter.' },
  },
  'Promised stay dropped': {
    fi: { name: 'Luvattu jakso pudotettu', why: 'Perhe, jolle jakso on ilmoitettu, on järjestänyt työnsä, kuljetuksen ja leponsa sen mukaan: jakson jättäminen pois ilman pakottavaa muutosta on pahin rikottu lupaus.' },
    sv: { name: 'Utlovad period borttagen', why: 'En familj som meddelats en period har ordnat arbete, transport och vila efter den: att lämna bort den utan en tvingande ändring är det värsta brutna löftet.' },
  },
  'Promised unit changed': {
    fi: { name: 'Luvattu yksikkö vaihtunut', why: 'Eri yksikkö kuin perheelle ilmoitettiin, vaikka mikään muutos ei sitä pakottanut.' },
    sv: { name: 'Utlovad enhet ändrad', why: 'En annan enhet än familjen meddelades, fast ingen ändring tvingade till det.' },
  },
  'Promised dates changed': {
    fi: { name: 'Luvatut päivät vaihtuneet', why: 'Eri päivät kuin perheelle ilmoitettiin, vaikka mikään muutos ei sitä pakottanut.' },
    sv: { name: 'Utlovade datum ändrade', why: 'Andra datum än familjen meddelades, fast ingen ändring tvingade till det.' },
  },
  'Promised bed changed': {
    fi: { name: 'Luvattu vuode vaihtunut', why: 'Eri vuode perheelle ilmoitetussa yksikössä: ainoa lupaus, joka saa joustaa, jotta muutoksen pois siirtämä jakso mahtuu.' },
    sv: { name: 'Utlovad säng ändrad', why: 'En annan säng i enheten familjen meddelades: det enda löfte som får ge efter, för att en period som en ändring tvingade bort ska få plats.' },
  },
  'Forced stay unplaced': {
    fi: { name: 'Pakotettu jakso ilman paikkaa', why: 'Perhe, jonka jakson muutos pakotti pois, sijoitetaan ennen uutta kysyntää, mutta ei koskaan rikkomalla toisen perheen lupausta (vuoteen vaihtoa lukuun ottamatta).' },
    sv: { name: 'Tvingad period utan plats', why: 'En familj vars period en ändring tvingade bort placeras före ny efterfrågan, men aldrig genom att bryta en annan familjs löfte (byte av säng undantaget).' },
  },
  'Urgent request unmet': {
    fi: { name: 'Kiireellinen toive toteutumatta', why: 'Vain kun suunnitelma sallii kiireellisten toiveiden syrjäyttää julkaistuja jaksoja: omaishoitajan kriisi painaa silloin lupauksen verran, yötä kohden.' },
    sv: { name: 'Brådskande önskemål ouppfyllt', why: 'Bara när planen låter brådskande önskemål tränga undan publicerade perioder: närståendevårdarens kris väger då som ett löfte, per natt.' },
  },
  'Entitlement shortfall': {
    fi: { name: 'Päätöksen mukaiset vuorokaudet vajaat', why: 'Lyhytaikainen huolenpito on subjektiivinen oikeus: kuukauden päätöksen mukaisten vuorokausien (tai toivotun, jos vähemmän) vaje neliöity asiakkaittain ja kuukausittain, jotta vaje jakautuu; perhe, jolta vuoden aiempina kuukausina jo puuttui, painaa enemmän.' },
    sv: { name: 'Beviljade dygn underskrids', why: 'Kortvarig omsorg är en subjektiv rätt: underskottet mot månadens beviljade dygn (eller önskade, om färre) i kvadrat per klient och månad, så att bristen fördelas; en familj som redan saknade dygn tidigare under året väger mer.' },
  },
  'Forced move to another unit': {
    fi: { name: 'Pakotettu siirto toiseen yksikköön', why: 'Muutoksen pois siirtämä jakso menee lähimpään vastaavaan: toiseen yksikköön vain, jos omassa ei ole paikkaa.' },
    sv: { name: 'Tvingad flytt till en annan enhet', why: 'En period som en ändring tvingade bort går till närmaste motsvarighet: till en annan enhet bara om den egna saknar plats.' },
  },
  'Forced move to another bed': {
    fi: { name: 'Pakotettu siirto toiseen vuoteeseen', why: 'Muutoksen pois siirtämä jakso pitää ensin yksikkönsä ja päivänsä toisessa vuoteessa.' },
    sv: { name: 'Tvingad flytt till en annan säng', why: 'En period som en ändring tvingade bort behåller först sin enhet och sina datum i en annan säng.' },
  },
  'Forced move to other dates': {
    fi: { name: 'Pakotettu siirto muille päiville', why: 'Muutoksen pois siirtämä jakso siirtyy mahdollisimman vähän päiviä; oma yksikkö muina päivinä ennen toista yksikköä.' },
    sv: { name: 'Tvingad flytt till andra datum', why: 'En period som en ändring tvingade bort flyttas så få dagar som möjligt; den egna enheten andra datum före en annan enhet.' },
  },
  'Group capacity exceeded': {
    fi: { name: 'Ryhmän paikat ylittyvät', why: 'Ryhmään mahtuu päivässä vain rajallinen määrä lapsia: henkilöstömitoitus ja tila.' },
    sv: { name: 'Gruppens platser överskrids', why: 'En grupp tar bara emot ett begränsat antal barn per dag: personaldimensionering och utrymme.' },
  },
  'Grade outside group range': {
    fi: { name: 'Luokka-aste ryhmän ulkopuolella', why: 'Ryhmät muodostetaan luokka-asteittain (1–4, 3–6, 5–9): toiminta ja vertaiset sopivat ikään.' },
    sv: { name: 'Årskurs utanför gruppens gränser', why: 'Grupperna bildas enligt årskurs (1–4, 3–6, 5–9): verksamheten och kamraterna passar åldern.' },
  },
  'Holiday skill capacity exceeded': {
    fi: { name: 'Ryhmän osaamiskapasiteetti ylittyy', why: 'Ryhmän koulutettu henkilöstö (esim. autismiin perehtynyt) voi hoitaa vain rajallisen määrän lapsia, jotka tarvitsevat tätä osaamista.' },
    sv: { name: 'Gruppens kunnande räcker inte', why: 'Gruppens utbildade personal (t.ex. insatt i autism) kan bara ta hand om ett begränsat antal barn som behöver det här kunnandet.' },
  },
  'Group not accessible': {
    fi: { name: 'Ryhmä ei esteetön', why: 'Pyörätuolin käyttäjä tarvitsee esteettömän paikan.' },
    sv: { name: 'Gruppen inte tillgänglig', why: 'En rullstolsanvändare behöver en tillgänglig plats.' },
  },
  'Language mismatch': {
    fi: { name: 'Kieli ei vastaa', why: 'Suomen- ja ruotsinkieliset lapset osallistuvat oman kielensä ryhmiin.' },
    sv: { name: 'Språket stämmer inte', why: 'Finsk- och svenskspråkiga barn deltar i grupper på sitt eget språk.' },
  },
  'Unmet holiday demand': {
    fi: { name: 'Toteutumaton lomatoiminnan tarve', why: 'Jokainen päivä ilman paikkaa jättää perheen ilman hoitoa; neliöity lapsittain, jotta vaje jakautuu.' },
    sv: { name: 'Ouppfyllt behov av lovverksamhet', why: 'Varje dag utan plats lämnar familjen utan omsorg; kvadrerat per barn så att bristen fördelas.' },
  },
  'Week-to-week continuity': {
    fi: { name: 'Jatkuvuus viikosta toiseen', why: 'Tuttu henkilöstö ja paikka peräkkäisinä viikkoina; kaksinkertainen autistisille lapsille, joille muutos on raskain.' },
    sv: { name: 'Kontinuitet från vecka till vecka', why: 'Bekant personal och plats under på varandra följande veckor; dubbelt för barn med autism, för vilka förändring är tyngst.' },
  },
  'Siblings in different groups': {
    fi: { name: 'Sisarukset eri ryhmissä', why: 'Samassa ryhmässä olevilla sisaruksilla on yksi matka ja yksi rytmi.' },
    sv: { name: 'Syskon i olika grupper', why: 'Syskon i samma grupp har en resa och en rytm.' },
  },
  'Friends in different groups': {
    fi: { name: 'Ystävät eri ryhmissä', why: 'Ystävä ryhmässä helpottaa uuteen paikkaan tuloa.' },
    sv: { name: 'Vänner i olika grupper', why: 'En vän i gruppen gör det lättare att komma till en ny plats.' },
  },
  'Holiday travel': {
    fi: { name: 'Lomatoiminnan matkat', why: 'Kilometrit kotoa ryhmään päivässä: saatettu matka-aika on hoitoaikaa.' },
    sv: { name: 'Resor till lovverksamheten', why: 'Kilometer hemifrån till gruppen per dag: ledsagad restid är omsorgstid.' },
  },
  'Not a preferred provider': {
    fi: { name: 'Ei toivottu palveluntuottaja', why: 'Perheet voivat nimetä toivomansa palveluntuottajat.' },
    sv: { name: 'Inte en önskad serviceproducent', why: 'Familjer kan ange de serviceproducenter de önskar.' },
  },
  'Holiday cost': {
    fi: { name: 'Lomatoiminnan kustannus', why: 'Euroa lapsipäivää kohden palveluntuottajan mukaan.' },
    sv: { name: 'Kostnad för lovverksamheten', why: 'Euro per barndag enligt serviceproducent.' },
  },
};
