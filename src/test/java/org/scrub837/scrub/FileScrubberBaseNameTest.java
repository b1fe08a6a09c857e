package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileScrubberBaseNameTest {

    @ParameterizedTest
    @CsvSource({
        "claims.837, claims",
        "claims.x12.txt, claims.x12",
        "noextension, noextension",
        ".hidden, .hidden",
        "with space.edi, with space",
    })
    void baseIsTheNameLessItsLastExtension(String name, String base) {
        assertEquals(base, FileScrubber.baseName(Path.of("in", name)));
    }
}
