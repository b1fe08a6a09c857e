package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrub837.model.ClaimType;

class GeneratorSameSeedTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void sameSeedGivesSameBytes(ClaimType type) throws Exception {
        GeneratorOptions options = GeneratorOptions.ofClaims(type, 42, 500);
        Generator837.Summary first = Generator837.generate(options, dir.resolve("a.edi"));
        Generator837.Summary second = Generator837.generate(options, dir.resolve("b.edi"));

        assertEquals(sha256(first.file()), sha256(second.file()));
        assertEquals(sha256(first.expected()), sha256(second.expected()));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void otherSeedGivesOtherBytes(ClaimType type) throws Exception {
        GeneratorOptions options = GeneratorOptions.ofClaims(type, 42, 500);
        Generator837.Summary first = Generator837.generate(options, dir.resolve("a.edi"));
        Generator837.Summary second = Generator837.generate(options.withSeed(43), dir.resolve("b.edi"));

        assertNotEquals(sha256(first.file()), sha256(second.file()));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
