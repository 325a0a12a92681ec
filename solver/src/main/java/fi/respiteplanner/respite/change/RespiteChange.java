package fi.respiteplanner.respite.change;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import ai.timefold.solver.core.api.solver.change.ProblemChange;

import fi.respiteplanner.common.PlanChange;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.RespitePlan;

/**
 * A change to a respite plan during the day: a new, cancelled or changed request, a bed or unit
 * closure, a staffing change, a waiting request placed in a chosen bed, a new client or new details of one. The same change applies to a plan being solved (as a Timefold {@link ProblemChange}, the solver
 * continues from its best) and to a stored plan ({@link PlanChange#applyTo}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AddStay.class, name = "ADD_STAY"),
        @JsonSubTypes.Type(value = CancelStay.class, name = "CANCEL_STAY"),
        @JsonSubTypes.Type(value = CloseBed.class, name = "CLOSE_BED"),
        @JsonSubTypes.Type(value = ChangeStay.class, name = "CHANGE_STAY"),
        @JsonSubTypes.Type(value = CloseUnit.class, name = "CLOSE_UNIT"),
        @JsonSubTypes.Type(value = ChangeStaffing.class, name = "CHANGE_STAFFING"),
        @JsonSubTypes.Type(value = PlaceStay.class, name = "PLACE_STAY"),
        @JsonSubTypes.Type(value = AddClient.class, name = "ADD_CLIENT"),
        @JsonSubTypes.Type(value = UpdateClient.class, name = "UPDATE_CLIENT") })
public sealed interface RespiteChange extends PlanChange<RespitePlan>
        permits AddStay, CancelStay, ChangeStay, CloseBed, CloseUnit, ChangeStaffing, PlaceStay, AddClient, UpdateClient {

    /**
     * What the change does, in the reader's language: clients, units and beds named as the plan (before the change)
     * names them, dates {@code d.M.yyyy}. Stored changes stay language-neutral; this renders one when it is read.
     */
    String describe(RespitePlan plan, Messages messages, Naming naming);
}
