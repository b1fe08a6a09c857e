package org.scrub837.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The patient key of the claim history: HMAC-SHA-256, keyed with a secret from the environment, of
 * what identifies a patient (member id, birth date, name). A plain hash of those few guessable
 * values would let anyone holding the table confirm a guessed patient with one line of code; without
 * the secret the key says nothing. The secret never leaves this object (no getter, no toString).
 */
public final class PatientKeys {

    /** Fewer characters than this are refused: the secret must not be guessable either. */
    public static final int MIN_SECRET_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException the secret is shorter than {@value #MIN_SECRET_LENGTH} characters */
    public PatientKeys(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("patient key secret must be at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hex HMAC of the text. */
    public String of(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "PatientKeys[HMAC-SHA-256]";
    }
}
