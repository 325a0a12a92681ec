package fi.respiteplanner.respite.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;
import fi.respiteplanner.respite.Stay;

/**
 * New details of a client (name, needs, entitlement, contact, …), written over the old ones as a whole; their
 * requests then see the beds that fit the new details (a placed stay keeps its bed among them).
 */
public record UpdateClient(String clientId, ClientDetails client) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        Client old = clientId == null ? null : plan.findClient(clientId).orElse(null);
        if (old == null) {
            return List.of(new Violation("clientId", "no client '" + clientId + "' in the plan"));
        }
        List<Violation> missing = checkDetails(client);
        return !missing.isEmpty() ? missing : PlanValidator.validateClient(plan, client.toClient(clientId), old, "client", "clientId");
    }

    /** What must hold before the details can make a client at all. */
    static List<Violation> checkDetails(ClientDetails details) {
        if (details == null) {
            return List.of(new Violation("client", "is required"));
        }
        List<Violation> violations = new ArrayList<>();
        holdsNull(details.needs(), "client.needs", violations);
        holdsNull(details.requiredFeatures(), "client.requiredFeatures", violations);
        holdsNull(details.preferredFeatures(), "client.preferredFeatures", violations);
        return violations;
    }

    private static void holdsNull(Collection<?> values, String path, List<Violation> violations) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            violations.add(new Violation(path, "holds null"));
        }
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Client changed = plan.findClient(clientId).orElseThrow();
        director.changeProblemProperty(changed, client::writeTo);
        for (Stay stay : plan.getStays()) {
            if (stay.getClient() == changed) {
                director.changeProblemProperty(stay, plan::linkStay);
            }
        }
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        String named = client == null || client.name() == null ? ChangeWords.client(plan, clientId, naming)
                : naming.client(client.toClient(clientId));
        return messages.text("change.UPDATE_CLIENT", named);
    }

    @Override
    public String summary() {
        return "update client " + clientId;
    }
}
