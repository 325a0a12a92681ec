package fi.respiteplanner.respite;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.respiteplanner.common.DateRange;
import fi.respiteplanner.common.Skill;

/**
 * A unit's staffing on some nights that differs from its usual one: a skill capacity (a trained
 * worker off sick, an extra one on shift) and/or whether the night staff is awake.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffingChange(DateRange nights, Skill skill, Integer capacity, Boolean awakeNightStaff) {
}
