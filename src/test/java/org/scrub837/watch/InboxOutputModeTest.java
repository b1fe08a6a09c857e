package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.write.AtomicFile;

/**
 * Issue #10, finding 6: outputs get {@code scrub.outputMode} (default 0640, so that a forwarder in
 * the service's group can read them), not the owner-only mode of the temporary file.
 */
class InboxOutputModeTest {

    @TempDir
    Path root;

    @AfterEach
    void resetMode() {
        AtomicFile.setOutputMode(null);
    }

    @ParameterizedTest
    @CsvSource({"'', rw-r-----", "scrub.outputMode = 0644, rw-r--r--", "scrub.outputMode = 600, rw-------"})
    void everyOutputHasTheConfiguredMode(String setting, String expected) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path config = TestConfig.watchFolder(root, 1);
        InboxInputs.override(config, "scrub.formats = json,txt,html,999,277ca", setting);
        Path input = root.resolve("inbox/mixed.837");
        Files.copy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), input);

        new InboxFileHandler(ScrubEngine.load(config)).handle(input);

        for (String output : new String[] {"outbox/mixed.clean.837", "reports/mixed.rejected.837",
            "reports/mixed.report.json", "reports/mixed.summary.txt", "reports/mixed.report.html",
            "reports/mixed.999", "reports/mixed.277ca"}) {
            assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(output))),
                    output);
        }
    }
}
