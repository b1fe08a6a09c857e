package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.scrub837.scrub.FileScrubber;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * Four consumer threads on one inbox of 1,000 files: none lost, none scrubbed twice. Among the
 * files are 40 copies of one content under different names, all in the inbox at once: exactly one
 * of them is scrubbed, the others are skipped as duplicates.
 */
class WatchFolderManyConsumersTest {

    private static final int CONSUMERS = 4;
    private static final int DISTINCT = 950;
    private static final int JUNK = 10;
    private static final int SAME_CONTENT = 40;

    @TempDir
    Path root;

    private final ListAppender<ILoggingEvent> scrubs = new ListAppender<>();
    private final Logger scrubberLog = (Logger) LoggerFactory.getLogger(FileScrubber.class);

    @BeforeEach
    void listen() {
        scrubs.start();
        scrubberLog.addAppender(scrubs);
        scrubberLog.setAdditive(false); // a thousand lines on the console help no one
    }

    @AfterEach
    void stopListening() {
        scrubberLog.detachAppender(scrubs);
        scrubberLog.setAdditive(true);
    }

    @Test
    void thousandFilesEachHandledOnce() throws Exception {
        Path config = TestConfig.watchFolder(root, CONSUMERS);
        InboxInputs.override(config, "scrub.formats = json", "scrub.pollDelay = 100", "scrub.readLockMinAge = 100");
        Path inbox = root.resolve("inbox");
        List<Path> samples = InboxInputs.ediSamples();
        List<String> inputs = new ArrayList<>();
        List<String> sameContent = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            Path sample = samples.get(i % samples.size());
            String name = String.format("f%04d-%s.837", i, InboxInputs.label(sample));
            InboxInputs.drop(inbox, name, InboxInputs.distinctCopy(sample, i + 1));
            inputs.add(name);
        }
        byte[] shared = InboxInputs.distinctCopy(samples.get(0), 999_999_999);
        for (int i = 0; i < SAME_CONTENT; i++) {
            String name = String.format("same-%02d.837", i);
            InboxInputs.drop(inbox, name, shared);
            inputs.add(name);
            sameContent.add(name);
        }
        for (int i = 0; i < JUNK; i++) {
            String name = String.format("junk-%02d.pdf", i);
            InboxInputs.drop(inbox, name, InboxInputs.notAnEdiFile(i));
            inputs.add(name);
        }

        try (RunningService service = RunningService.start(config)) {
            WatchFolderRouteTest.awaitTrue(() -> WatchFolderOutcomes.visible(inbox).isEmpty()
                    && WatchFolderOutcomes.visible(root.resolve("archive")).size() == DISTINCT + SAME_CONTENT, 600);
        }

        WatchFolderOutcomes.Summary summary = WatchFolderOutcomes.verify(root, inputs);
        assertEquals(new WatchFolderOutcomes.Summary(DISTINCT + 1, JUNK, SAME_CONTENT - 1), summary);
        Map<String, Integer> timesScrubbed = timesScrubbed();
        for (String name : inputs) {
            if (!sameContent.contains(name)) {
                assertEquals(1, timesScrubbed.getOrDefault(name, 0), name + " scrubbed once");
            }
        }
        assertEquals(1, sameContent.stream().mapToInt(n -> timesScrubbed.getOrDefault(n, 0)).sum(),
                "one content, scrubbed once");
    }

    private Map<String, Integer> timesScrubbed() {
        Map<String, Integer> counts = new HashMap<>();
        for (ILoggingEvent e : List.copyOf(scrubs.list)) {
            String m = e.getFormattedMessage();
            if (m.startsWith("scrubbed file=")) {
                counts.merge(m.substring("scrubbed file=".length(), m.indexOf(" status=")), 1, Integer::sum);
            }
        }
        return counts;
    }
}
