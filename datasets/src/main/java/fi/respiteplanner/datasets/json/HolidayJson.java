package fi.respiteplanner.datasets.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.holiday.HolidayPlan;
import fi.respiteplanner.holiday.HolidayValidator;

/** The holiday plan JSON format: the same conventions and mapper as {@link PlanJson}. */
public final class HolidayJson {

    private HolidayJson() {
    }

    public static HolidayPlan read(String json) {
        HolidayPlan plan;
        try {
            plan = PlanJson.mapper().readValue(json, HolidayPlan.class);
        } catch (JsonProcessingException e) {
            throw new InvalidPlanException(List.of(PlanJson.violationOf(e)));
        }
        if (plan == null) {
            throw new InvalidPlanException(List.of(new Violation("$", "the body is empty")));
        }
        List<Violation> violations = HolidayValidator.validate(plan);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        return plan.link();
    }

    public static String write(HolidayPlan plan) {
        try {
            return PlanJson.mapper().writeValueAsString(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
