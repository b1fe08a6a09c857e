package org.scrub837.responses;

/** A file that is not a response scrub837 reads (TA1, 999, 277CA, 835); the message is the reason given. */
public final class InvalidResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidResponseException(String reason) {
        super(reason);
    }
}
