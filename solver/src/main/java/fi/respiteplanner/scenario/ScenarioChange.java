package fi.respiteplanner.scenario;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.respite.RespitePlan;

/**
 * One change a what-if variant makes to its base plan (own production versus purchased capacity,
 * closures, prices, staffing, demand, weights). Applied to a copy of the base, before solving.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScenarioChanges.AddBeds.class, name = "ADD_BEDS"),
        @JsonSubTypes.Type(value = ScenarioChanges.RemoveBeds.class, name = "REMOVE_BEDS"),
        @JsonSubTypes.Type(value = ScenarioChanges.OpenUnit.class, name = "OPEN_UNIT"),
        @JsonSubTypes.Type(value = ScenarioChanges.CloseUnit.class, name = "CLOSE_UNIT"),
        @JsonSubTypes.Type(value = ScenarioChanges.SetPrice.class, name = "SET_PRICE"),
        @JsonSubTypes.Type(value = ScenarioChanges.ChangeStaffing.class, name = "CHANGE_STAFFING"),
        @JsonSubTypes.Type(value = ScenarioChanges.ScaleDemand.class, name = "SCALE_DEMAND"),
        @JsonSubTypes.Type(value = ScenarioChanges.SetWeights.class, name = "SET_WEIGHTS") })
public sealed interface ScenarioChange permits ScenarioChanges.AddBeds, ScenarioChanges.RemoveBeds, ScenarioChanges.OpenUnit,
        ScenarioChanges.CloseUnit, ScenarioChanges.SetPrice, ScenarioChanges.ChangeStaffing, ScenarioChanges.ScaleDemand,
        ScenarioChanges.SetWeights {

    /** What is wrong with this change against the base plan (paths relative to the change). */
    List<Violation> validate(RespitePlan base);

    /** Changes the plan (a copy of the base); the caller links it afterwards. */
    void apply(RespitePlan plan);
}
