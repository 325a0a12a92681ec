package fi.respiteplanner.api.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.respiteplanner.api.access.AccessGate.Action;
import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.access.Refusal;
import fi.respiteplanner.api.plans.PlanJobs;
import fi.respiteplanner.api.plans.PlanRecord;
import fi.respiteplanner.api.plans.PlanStatus;
import fi.respiteplanner.api.plans.PlanSummary;

/**
 * The plans a what-if scenario or a capacity sweep solves, read together: each plan's state and the group's.
 * The group is DONE once every plan has finished solving, broken ones included (they are flagged, not
 * waited for), SOLVING while one is queued or solving, INCOMPLETE when one stopped, failed or is gone.
 */
record MemberPlans(List<Member> members, String status) {

    /** @param feasible whether the plan keeps every hard rule (null before its first solution): if not, it is no saving */
    record Member(String name, String planId, PlanStatus status, String score, Boolean feasible) {
    }

    static MemberPlans read(PlanJobs<?> plans, Caller caller, Map<String, String> planIdsByName) {
        List<Member> members = new ArrayList<>();
        boolean solving = false;
        boolean complete = true;
        for (Map.Entry<String, String> named : planIdsByName.entrySet()) {
            PlanRecord stored;
            try {
                stored = plans.record(caller, named.getValue(), Action.READ);
            } catch (Refusal gone) {
                complete = false;
                members.add(new Member(named.getKey(), named.getValue(), null, null, null));
                continue;
            }
            PlanSummary plan = plans.summary(stored);
            solving |= plan.status().isActive();
            complete &= stored.status() == PlanStatus.DONE;
            members.add(new Member(named.getKey(), named.getValue(), plan.status(), plan.score(),
                    plan.outcome() == null ? null : plan.outcome().feasible()));
        }
        return new MemberPlans(members, solving ? "SOLVING" : complete ? "DONE" : "INCOMPLETE");
    }

    boolean done() {
        return status.equals("DONE");
    }
}
