package fi.respiteplanner.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.holiday.HolidayKpis;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/** Every KPI has a name in every language: a KPI without one fails here rather than showing its JSON path. */
class KpiTableTest {

    @Test
    void everyKpiHasWordsInEveryLanguage() {
        RespitePlan respite = BundledDatasets.load("respite-S").orElseThrow();
        List<Stay> stays = respite.getStays();
        for (int i = 0; i < stays.size(); i += 2) {
            // Half the stays in beds (any, breaking rules is fine here): every map and list of the KPIs has entries.
            stays.get(i).setBed(respite.getBeds().get(i % respite.getBeds().size()));
            stays.get(i).setArrival(stays.get(i).getRequestedArrival());
        }
        HolidayPlan holiday = BundledDatasets.loadHoliday("holiday-S").orElseThrow();
        holiday.getPlacements().stream().limit(holiday.getPlacements().size() / 2).forEach(p -> p.setGroup(holiday.getGroups().get(0)));
        RespiteKpis respiteKpis = RespiteKpis.of(respite);
        assertThat(respiteKpis.costByProducer()).isNotEmpty();
        assertThat(respiteKpis.entitlement().worstServed()).isNotEmpty();
        for (String language : Messages.LANGUAGES) {
            for (Object kpis : List.of(respiteKpis, HolidayKpis.of(holiday))) {
                List<String> names = KpiTable.csv(kpis, Messages.of(language)).lines().skip(2).map(line -> line.split("[;,]")[0]).toList();
                assertThat(names).as(language).hasSizeGreaterThan(5).allMatch(name -> !name.isBlank() && !name.matches(".*[a-z][A-Z].*"));
            }
        }
    }
}
