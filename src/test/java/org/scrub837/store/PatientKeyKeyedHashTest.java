package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history's patient key is an HMAC-SHA-256 keyed with the secret from the environment: holding
 * the table and guessing a patient (member id and birth date of the sample's subscriber) does not
 * confirm the guess with a plain hash, and only the secret reproduces the key.
 */
class PatientKeyKeyedHashTest {

    private static final Path CLEAN = Path.of("edi-samples/837P/q4293-clean.edi");
    /** What identifies the sample's patient (2010BA NM109, DMG02; no 2000C patient): the guess. */
    private static final String GUESS = "patient\n1EG4TE5MK72\n19500101\n";

    @TempDir
    Path root;

    @Test
    void storedKeyIsTheKeyedHashNotThePlainOne() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            new StoreScrubs(root, tdb.store(null), true).scrub(CLEAN);
            String stored;
            try (Connection c = tdb.open().connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT patient_key FROM scrub_claim_history")) {
                rs.next();
                stored = rs.getString(1);
            }
            String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(GUESS.getBytes(StandardCharsets.UTF_8)));
            assertNotEquals(plain, stored, "a guessed patient is confirmed with a plain SHA-256");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestDatabase.PATIENT_KEY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertEquals(HexFormat.of().formatHex(mac.doFinal(GUESS.getBytes(StandardCharsets.UTF_8))), stored);
        }
    }
}
