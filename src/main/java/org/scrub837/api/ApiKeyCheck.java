package org.scrub837.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compares a presented API key with the configured one in constant time: both are hashed first (so
 * the comparison does not reveal the key's length either) and compared with
 * {@link MessageDigest#isEqual}, which looks at every byte whatever the first difference.
 */
final class ApiKeyCheck {

    private final byte[] expected;

    ApiKeyCheck(String key) {
        this.expected = sha256(key);
    }

    boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
