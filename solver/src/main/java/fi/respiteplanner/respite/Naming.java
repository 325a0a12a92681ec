package fi.respiteplanner.respite;

/**
 * How the service's texts name units and clients for one reader. Units are named by code and name for every
 * role (a unit's name is no personal data); a client by name only for readers who contact families, by code
 * otherwise.
 */
public record Naming(boolean clientNames) {

    /** Names clients by name. */
    public static final Naming WITH_CLIENT_NAMES = new Naming(true);
    /** Names clients by code only. */
    public static final Naming CODES_ONLY = new Naming(false);

    /** "U3 Kotikallio", or the code alone when the unit has no other name. */
    public String unit(Unit unit) {
        return unit.getName() == null || unit.getName().isBlank() || unit.getName().equals(unit.getId()) ? unit.getId()
                : unit.getId() + " " + unit.getName();
    }

    /** "Aino Virtanen (C00145)" for readers who see names, else "C00145". */
    public String client(Client client) {
        return clientNames && client.getName() != null && !client.getName().isBlank() ? client.getName() + " (" + client.getId() + ")"
                : client.getId();
    }
}
