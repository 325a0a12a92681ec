package fi.respiteplanner.api.demo;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.respiteplanner.api.access.AccessGate;
import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.datasets.json.HolidayJson;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The bundled and generated datasets, to try the service without data of one's own. */
@RestController
@RequestMapping("/api/demo-data")
@Tag(name = "Demo data")
public class DemoDataController {

    @Operation(summary = "Names of the demo datasets")
    @GetMapping
    public List<String> names(Caller caller) {
        AccessGate.checkRole(caller, Action.READ);
        return Stream.concat(BundledDatasets.names().stream(), BundledDatasets.holidayNames().stream()).toList();
    }

    @Operation(summary = "A demo dataset as a plan JSON document, ready to submit")
    @GetMapping(value = "/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public String dataset(Caller caller, @PathVariable String name) {
        AccessGate.checkRole(caller, Action.READ);
        return BundledDatasets.loadHoliday(name).map(HolidayJson::write)
                .or(() -> BundledDatasets.load(name).map(PlanJson::write))
                .orElseThrow(() -> Refusal.notFound("Demo dataset " + name));
    }
}
