package fi.respiteplanner.respite.change;

import java.time.LocalDate;
import java.util.Set;

import fi.respiteplanner.common.Gender;
import fi.respiteplanner.common.Skill;
import fi.respiteplanner.respite.Client;
import fi.respiteplanner.respite.Contact;

/**
 * What a planner writes about a client on the page: who they are, what they need, what the service decision
 * grants and whom to contact. Units the family prefers or refuses, siblings and incompatible clients stay as the
 * plan has them.
 *
 * @param language the client's own language (fi, sv, …; fi when empty)
 */
public record ClientDetails(String name, LocalDate birthDate, Gender gender, String segment, String language, Set<Skill> needs,
        Set<String> requiredFeatures, Set<String> preferredFeatures, Integer monthlyEntitlement, Contact contact) {

    /** A new client with these details (not yet in any plan). */
    Client toClient(String id) {
        return writeTo(new Client(id, birthDate, gender));
    }

    /** Writes these details over the client's. */
    Client writeTo(Client client) {
        client.withBirthDate(birthDate).withGender(gender);
        return client.withName(name).withSegment(segment).withLanguage(language == null ? "fi" : language)
                .withNeeds(needs == null ? Set.of() : needs)
                .withRequiredFeatures(requiredFeatures == null ? Set.of() : requiredFeatures)
                .withPreferredFeatures(preferredFeatures == null ? Set.of() : preferredFeatures)
                .withMonthlyEntitlement(monthlyEntitlement == null ? 0 : monthlyEntitlement).withContact(contact);
    }
}
