package fi.respiteplanner.api.web;

import java.io.IOException;

/** Thrown while reading a body that grows past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limitBytes) {
        super("the request body is larger than the limit of " + limitBytes + " bytes");
    }
}
