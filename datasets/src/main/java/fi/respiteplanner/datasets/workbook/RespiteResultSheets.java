package fi.respiteplanner.datasets.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import fi.respiteplanner.datasets.workbook.XlsxWriter.Bold;
import fi.respiteplanner.datasets.workbook.XlsxWriter.Euros;
import fi.respiteplanner.datasets.workbook.XlsxWriter.Percent;
import fi.respiteplanner.respite.Bed;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;
import fi.respiteplanner.respite.UnmetReasons;

/** The sheets a solved plan adds for reading: stays by bed, stays by client, unmet requests with reasons, KPIs. */
final class RespiteResultSheets {

    private RespiteResultSheets() {
    }

    static void write(XlsxWriter writer, Messages messages, RespitePlan plan) {
        byBed(writer, messages, plan);
        byClient(writer, messages, plan);
        unmet(writer, messages, plan);
        kpis(writer, messages, plan);
    }

    private static List<String> headers(Messages messages, String... keys) {
        return Arrays.stream(keys).map(key -> messages.text("column." + key)).toList();
    }

    private static String name(Client client) {
        return client.getName() == null ? "" : client.getName();
    }

    private static void byBed(XlsxWriter writer, Messages messages, RespitePlan plan) {
        Sheet sheet = writer.sheet(messages.text("sheet.byBed"),
                headers(messages, "unit", "room", "bed", "stay", "client", "clientName", "plannedArrival", "departure", "nights", "status"));
        List<Bed> beds = plan.getBeds();
        int r = 1;
        for (Stay stay : plan.getStays().stream().filter(Stay::isAssigned)
                .sorted(Comparator.comparingInt((Stay stay) -> beds.indexOf(stay.getBed())).thenComparing(Stay::getArrival)).toList()) {
            writer.row(sheet, r++, List.of(stay.unit().getId(), stay.getBed().getRoom().getId(), stay.getBed().getId(), stay.getId(),
                    stay.getClient().getId(), name(stay.getClient()), stay.getArrival(), stay.getArrival().plusDays(stay.getNights()),
                    stay.getNights(), Codes.name(messages, stay.getStatus())));
        }
    }

    private static void byClient(XlsxWriter writer, Messages messages, RespitePlan plan) {
        Sheet sheet = writer.sheet(messages.text("sheet.byClient"), headers(messages, "client", "clientName", "stay", "requestedArrival",
                "nights", "priority", "plannedArrival", "unit", "bed", "served"));
        List<Client> clients = plan.getClients();
        int r = 1;
        for (Stay stay : plan.getStays().stream().sorted(Comparator.comparingInt((Stay stay) -> clients.indexOf(stay.getClient()))
                .thenComparing(Stay::getRequestedArrival)).toList()) {
            boolean served = stay.isAssigned();
            writer.row(sheet, r++, Arrays.asList(stay.getClient().getId(), name(stay.getClient()), stay.getId(), stay.getRequestedArrival(),
                    stay.getNights(), Codes.name(messages, stay.getPriority()), served ? stay.getArrival() : null,
                    served ? stay.unit().getId() : null, served ? stay.getBed().getId() : null,
                    Codes.name(messages, served ? Codes.YesNo.YES : Codes.YesNo.NO)));
        }
    }

    private static void unmet(XlsxWriter writer, Messages messages, RespitePlan plan) {
        Sheet sheet = writer.sheet(messages.text("sheet.unmet"), headers(messages, "stay", "client", "clientName", "priority",
                "earliestArrival", "latestArrival", "nights", "reason", "suitableBeds", "freeBed", "freeArrival"));
        int r = 1;
        for (UnmetReasons.Unmet unmet : UnmetReasons.of(plan)) {
            Client client = plan.findClient(unmet.clientId()).orElseThrow();
            writer.row(sheet, r++, Arrays.asList(unmet.stayId(), unmet.clientId(), name(client), Codes.name(messages, unmet.priority()),
                    unmet.earliestArrival(), unmet.latestArrival(), unmet.nights(), Codes.name(messages, unmet.reason()),
                    unmet.suitableBeds(), unmet.freeBed(), unmet.freeArrival()));
        }
        writer.width(sheet, 7, 40);
    }

    private static void kpis(XlsxWriter writer, Messages messages, RespitePlan plan) {
        RespiteKpis kpis = RespiteKpis.of(plan);
        Sheet sheet = writer.sheet(messages.text("sheet.kpis"), headers(messages, "kpi", "value"));
        writer.width(sheet, 0, 44);
        writer.width(sheet, 1, 18);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(messages.text("kpi.score"), plan.getScore() == null ? "" : plan.getScore().toString()));
        rows.add(List.of(messages.text("kpi.requestedNights"), kpis.nights().requestedNights()));
        rows.add(List.of(messages.text("kpi.servedNights"), kpis.nights().servedNights()));
        rows.add(List.of(messages.text("kpi.servedShare"), new Percent(kpis.nights().servedShare())));
        rows.add(List.of(messages.text("kpi.requestedStays"), kpis.nights().requestedStays()));
        rows.add(List.of(messages.text("kpi.servedStays"), kpis.nights().servedStays()));
        rows.add(List.of(messages.text("kpi.clientsRequesting"), kpis.clientsRequesting()));
        rows.add(List.of(messages.text("kpi.clientsLeftWithNothing"), kpis.clientsLeftWithNothing()));
        rows.add(List.of(messages.text("kpi.ownProductionShare"), new Percent(kpis.ownProductionShare())));
        rows.add(List.of(messages.text("kpi.totalCost"), new Euros(kpis.totalCost())));
        rows.add(List.of(messages.text("kpi.costPerServedNight"), new Euros(kpis.costPerServedNight())));
        rows.add(List.of(messages.text("kpi.utilisation"), new Percent(kpis.utilisation())));
        rows.add(List.of(messages.text("kpi.firstChoiceShare"), new Percent(kpis.firstChoiceShare())));
        rows.add(List.of(messages.text("kpi.meanArrivalShiftDays"), kpis.meanArrivalShiftDays()));
        rows.add(List.of(messages.text("kpi.minClientServedShare"), new Percent(kpis.minClientServedShare())));
        rows.add(List.of(messages.text("kpi.jainFairness"), kpis.jainFairness()));
        rows.add(List.of(messages.text("kpi.changesFromPublished"), kpis.changesFromPublished()));
        rows.add(List.of());
        rows.add(List.of(new Bold(messages.text("kpi.bySegment")), new Bold(messages.text("kpi.servedShare"))));
        kpis.bySegment().forEach((segment, nights) -> rows.add(List.of(segment, new Percent(nights.servedShare()))));
        rows.add(List.of());
        rows.add(List.of(new Bold(messages.text("kpi.byPriority")), new Bold(messages.text("kpi.servedShare"))));
        kpis.byPriority().forEach((priority, nights) -> rows.add(List.of(Codes.name(messages, priority), new Percent(nights.servedShare()))));
        rows.add(List.of());
        rows.add(List.of(new Bold(messages.text("kpi.utilisationByUnit")), new Bold(messages.text("kpi.utilisation"))));
        for (Map.Entry<String, Double> unit : kpis.utilisationByUnit().entrySet()) {
            rows.add(List.of(unit.getKey(), new Percent(unit.getValue())));
        }
        entitlement(messages, plan, kpis, rows);
        for (int r = 0; r < rows.size(); r++) {
            writer.row(sheet, r + 1, rows.get(r));
        }
    }

    /** What a manager reports upward: the decided entitlement against what was served, and cost by producer. */
    private static void entitlement(Messages messages, RespitePlan plan, RespiteKpis kpis, List<List<?>> rows) {
        RespiteKpis.Entitlement entitlement = kpis.entitlement();
        rows.add(List.of());
        rows.add(List.of(messages.text("kpi.entitlementFamilies"), entitlement.families()));
        rows.add(List.of(messages.text("kpi.familiesBelowEntitlement"), entitlement.familiesBelow()));
        rows.add(List.of(messages.text("kpi.monthsBelowEntitlement"), entitlement.monthsBelow()));
        rows.add(List.of(messages.text("kpi.nightsShort"), entitlement.nightsShort()));
        rows.add(List.of(messages.text("kpi.entitlementServedShare"), new Percent(entitlement.servedShare())));
        rows.add(List.of(messages.text("kpi.entitlementJain"), entitlement.jainIndex()));
        for (String by : List.of("kpi.entitlementBySegment", "kpi.entitlementByUnitKind")) {
            rows.add(List.of());
            rows.add(List.of(new Bold(messages.text(by)), new Bold(messages.text("kpi.familiesBelow")), new Bold(messages.text("kpi.nightsShort"))));
            Map<String, RespiteKpis.Shortfall> shortfalls = by.endsWith("BySegment") ? entitlement.bySegment() : entitlement.byUnitKind();
            shortfalls.forEach((group, shortfall) -> rows.add(List.of(by.endsWith("BySegment") ? group : messages.text("kpi.unitKind." + group),
                    shortfall.familiesBelow(), shortfall.nightsShort())));
        }
        rows.add(List.of());
        rows.add(List.of(new Bold(messages.text("kpi.costByProducer")), new Bold(messages.text("kpi.clients")), new Bold(messages.text("kpi.nights")),
                new Bold(messages.text("kpi.cost")), new Bold(messages.text("kpi.costPerClient")), new Bold(messages.text("kpi.costPerNight"))));
        kpis.costByProducer().forEach((producer, cost) -> rows.add(List.of(Codes.name(messages, producer), cost.clients(), cost.nights(),
                new Euros(cost.cost()), new Euros(cost.costPerClient()), new Euros(cost.costPerNight()))));
        rows.add(List.of());
        rows.add(List.of(new Bold(messages.text("kpi.worstServed")), new Bold(messages.text("column.clientName")), new Bold(messages.text("kpi.bySegment")),
                new Bold(messages.text("kpi.targetNights")), new Bold(messages.text("kpi.servedWithinTarget")), new Bold(messages.text("kpi.nightsShort"))));
        for (RespiteKpis.FamilyShortfall family : entitlement.worstServed()) {
            rows.add(List.of(family.clientId(), plan.findClient(family.clientId()).map(RespiteResultSheets::name).orElse(""), family.segment(),
                    family.targetNights(), family.servedWithinTarget(), family.nightsShort()));
        }
    }
}
