package fi.respiteplanner.respite;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the office reaches a client's family when a stay changes; every field may be empty.
 *
 * @param guardian the person to contact (a parent, a guardian, the client)
 * @param language the family's language for messages: fi or sv
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(String guardian, String phone, String email, String language) {
}
