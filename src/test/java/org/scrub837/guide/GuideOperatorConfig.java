package org.scrub837.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shipped {@code config/} with the operator's two optional files added, small copies in their
 * official layouts under {@code src/test/resources/guide/operator/} (the ICD-10-CM order file and the
 * CMS HCPCS file): the configuration the guide fixtures and mutants run with, so that the look-ups in
 * them ({@link Icd10cmCodeKnown}, {@link HcpcsCodeKnown}) are on. The files list every ICD-10-CM and
 * HCPCS Level II code the clean claims use.
 */
final class GuideOperatorConfig {

    private static final Path OPERATOR_FILES = Path.of("src/test/resources/guide/operator");

    private GuideOperatorConfig() {
    }

    /** Copies config/ into {@code dir} with the operator's files in its guide/ folder; returns the copy. */
    static Path in(Path dir) throws IOException {
        Path config = dir.resolve("config");
        Path from = Path.of("config");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = config.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        for (String name : new String[] {GuideCodeSets.ICD10CM_FILE, GuideCodeSets.HCPCS_FILE}) {
            Files.copy(OPERATOR_FILES.resolve(name), config.resolve("guide").resolve(name));
        }
        return config;
    }
}
