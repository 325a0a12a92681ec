package fi.respiteplanner.respite.change;

import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import fi.respiteplanner.common.Violation;
import fi.respiteplanner.i18n.Messages;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Naming;
import fi.respiteplanner.respite.PlanValidator;
import fi.respiteplanner.respite.RespitePlan;

/** A new client (a new service decision): checked as a client of a submitted plan; requests for them may follow at once. */
public record AddClient(String id, ClientDetails client) implements RespiteChange {

    @Override
    public List<Violation> validate(RespitePlan plan) {
        List<Violation> missing = UpdateClient.checkDetails(client);
        if (missing.isEmpty() && (client.name() == null || client.name().isBlank())) {
            missing = List.of(new Violation("client.name", "is required: planners find a client by name"));
        }
        return !missing.isEmpty() ? missing : PlanValidator.validateClient(plan, client.toClient(id), null, "client", "id");
    }

    @Override
    public void doChange(RespitePlan plan, ProblemChangeDirector director) {
        Client added = client.toClient(id);
        director.addProblemFact(added, plan.getClients()::add);
    }

    @Override
    public String describe(RespitePlan plan, Messages messages, Naming naming) {
        return messages.text("change.ADD_CLIENT", client == null ? id : naming.client(client.toClient(id)));
    }

    @Override
    public String summary() {
        return "add client " + id;
    }
}
