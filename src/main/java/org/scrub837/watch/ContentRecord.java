package org.scrub837.watch;

import java.io.IOException;

/**
 * The record of file contents already processed (SHA-256 and the first name), kept before the
 * original leaves the inbox: {@link SeenFiles} in the state folder for one node, the store's table
 * when several nodes share an inbox.
 */
public interface ContentRecord {

    /** The name the content was first processed under, or null when new. */
    String nameOf(String hash) throws IOException;

    void record(String hash, String name) throws IOException;
}
