package fi.respiteplanner.datasets.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;

import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Ledger;
import fi.respiteplanner.respite.LedgerEntry;
import fi.respiteplanner.respite.RespiteKpis;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.RespiteSolver;
import fi.respiteplanner.respite.Stay;

class LedgerTest {

    private static final RespitePlan SOLVED = SolverFactory.<RespitePlan> create(RespiteSolver.config(RespiteSolver.termination(null, 1_000L)))
            .buildSolver().solve(BundledDatasets.load("respite-S").orElseThrow());

    @Test
    void aSolvedPlansLedgerHoldsEachClientsMonthsAsTheKpisCountThem() {
        List<LedgerEntry> ledger = Ledger.of(SOLVED);
        assertThat(ledger).isNotEmpty().allSatisfy(entry -> assertThat(entry.month()).isBetween(YearMonth.of(2027, 1), YearMonth.of(2027, 3)));
        Stay stay = SOLVED.getStays().stream().filter(Stay::isAssigned).findFirst().orElseThrow();
        Client client = stay.getClient();
        Map<YearMonth, int[]> months = Ledger.monthlyNights(SOLVED).get(client);
        YearMonth month = YearMonth.from(stay.getRequestedArrival());
        assertThat(ledger).contains(new LedgerEntry(client.getId(), month, months.get(month)[0], months.get(month)[1],
                client.getMonthlyEntitlement()));
        RespiteKpis.Entitlement kpis = RespiteKpis.of(SOLVED).entitlement();
        assertThat(ledger.stream().mapToInt(LedgerEntry::shortfall).sum()).isEqualTo(kpis.nightsShort());
    }

    @Test
    void mergeTakesEarlierMonthsOfKnownClientsAndNamesWhatItLeftOut() {
        RespitePlan next = PlanJson.read(PlanJson.write(BundledDatasets.load("respite-S").orElseThrow()));
        String client = next.getClients().get(0).getId();
        next.getLedger().add(new LedgerEntry(client, YearMonth.of(2026, 11), 2, 2, 2));
        Ledger.Merged merged = Ledger.merge(next, List.of(
                new LedgerEntry(client, YearMonth.of(2026, 12), 3, 0, 3),
                new LedgerEntry(client, YearMonth.of(2026, 11), 2, 1, 2),
                new LedgerEntry("C-GONE", YearMonth.of(2026, 12), 2, 0, 2),
                new LedgerEntry(client, YearMonth.of(2027, 1), 2, 0, 2)));
        assertThat(merged).isEqualTo(new Ledger.Merged(1, 1, 1, 1));
        next.link();
        assertThat(next.getLedger()).containsExactly(new LedgerEntry(client, YearMonth.of(2026, 11), 2, 1, 2),
                new LedgerEntry(client, YearMonth.of(2026, 12), 3, 0, 3));
        assertThat(next.getClients().get(0).getEarlierShortfall()).as("1 in November, 3 in December").isEqualTo(4);
        RespitePlan read = PlanJson.read(PlanJson.write(next));
        assertThat(read.getLedger()).isEqualTo(next.getLedger());
        assertThat(read.getClients().get(0).getEarlierShortfall()).isEqualTo(4);
    }
}
