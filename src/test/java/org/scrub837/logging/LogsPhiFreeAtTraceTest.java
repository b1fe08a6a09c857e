package org.scrub837.logging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;

import org.scrub837.camel.WatchFolderService;
import org.scrub837.cli.Scrub837;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * Claim files are PHI, logs are not a place for it: every edi-samples file (and a cut-off copy of
 * each, to go through the error paths) is scrubbed through the watch folder and through replay
 * with every logger at TRACE (ours, Camel's, StAEDI's through java.util.logging, and the root),
 * and the whole log is searched for the patients' and subscribers' names, member ids, dates of
 * birth, diagnosis codes and claim ids of the samples. File names may be logged; none of these.
 */
class LogsPhiFreeAtTraceTest {

    private static final String[] LOGGERS = {Logger.ROOT_LOGGER_NAME, "org.scrub837", "org.apache.camel", "io.xlate"};

    @TempDir
    Path root;

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<String, Level> levelsBefore = new LinkedHashMap<>();
    private final List<ch.qos.logback.core.Appender<ILoggingEvent>> muted = new ArrayList<>();

    @BeforeEach
    void logEverything() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        captured.setContext(context);
        captured.start();
        Logger rootLogger = context.getLogger(Logger.ROOT_LOGGER_NAME);
        // tens of thousands of TRACE lines on the console help no one: only the list gets them
        rootLogger.iteratorForAppenders().forEachRemaining(muted::add);
        muted.forEach(rootLogger::detachAppender);
        rootLogger.addAppender(captured);
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE); // LevelChangePropagator (logback.xml) opens java.util.logging too
        }
    }

    @AfterEach
    void restoreLogging() {
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger rootLogger = context.getLogger(Logger.ROOT_LOGGER_NAME);
        rootLogger.detachAppender(captured);
        muted.forEach(rootLogger::addAppender);
        SLF4JBridgeHandler.uninstall();
    }

    @Test
    void noSampleClaimDataReachesTheLog() throws Exception {
        List<Path> samples = InboxInputs.ediSamples();
        Map<String, String> phi = phiOf(samples);
        assertTrue(phi.size() > 20, "found names, ids, dates, codes and claim ids in the samples: " + phi.size());

        Path config = TestConfig.watchFolder(root, 2);
        InboxInputs.override(config, "scrub.formats = json,txt,html,999,277ca", "camel.main.tracing = true");
        scrubThroughTheWatchFolder(config, samples);
        Path replayIn = root.resolve("replay-in");
        Files.createDirectories(replayIn);
        for (Path sample : samples) {
            Files.copy(sample, replayIn.resolve(InboxInputs.label(sample) + ".837"));
        }
        picocli.CommandLine replay = Scrub837.commandLine();
        replay.setOut(new java.io.PrintWriter(new java.io.StringWriter())); // the per-file lines are not the test's
        replay.execute("replay", "--config", config.toString(), "--out", root.resolve("replay-out").toString(),
                "--formats", "json,txt,html,999,277ca", replayIn.toString());

        String log = everythingLogged();
        assertTrue(log.contains("scrubbed file="), "the log was captured");
        assertTrue(log.contains("TRACE") && log.contains("DEBUG"), "TRACE and DEBUG were on");
        String characters = quotedCharactersByThread();
        List<String> leaks = new ArrayList<>();
        phi.forEach((value, what) -> {
            if (Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(value) + "(?![0-9A-Za-z])").matcher(log).find()) {
                leaks.add(what + " '" + value + "'");
            }
            if (characters.contains(value)) {
                leaks.add(what + " '" + value + "', one character per log line");
            }
        });
        assertTrue(leaks.isEmpty(), "claim data in the log: " + leaks + "\n" + linesWith(log, phi));
    }

    private void scrubThroughTheWatchFolder(Path config, List<Path> samples) throws Exception {
        List<String> inputs = new ArrayList<>();
        Path inbox = root.resolve("inbox");
        int number = 1;
        for (Path sample : samples) {
            String name = InboxInputs.label(sample) + ".837";
            InboxInputs.drop(inbox, name, Files.readAllBytes(sample));
            String cut = "cut-" + name;
            InboxInputs.drop(inbox, cut, InboxInputs.truncatedCopy(sample, number++, 70));
            inputs.add(name);
            inputs.add(cut);
        }
        org.apache.camel.main.Main main = WatchFolderService.createMain(config);
        Thread runner = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "camel-main-under-test");
        runner.start();
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!WatchFolderOutcomes.visible(inbox).isEmpty() || handled() < inputs.size()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the watch folder did not handle every sample");
                }
                Thread.sleep(100);
            }
        } finally {
            main.completed();
            runner.join(30_000);
        }
    }

    private int handled() throws IOException {
        return WatchFolderOutcomes.visible(root.resolve("archive")).size()
                + (int) WatchFolderOutcomes.visible(root.resolve("failed")).stream()
                        .filter(n -> !n.endsWith(".reason.txt")).count();
    }

    /** Every event as text: level, logger, thread, message, MDC, exceptions with their causes. */
    private String everythingLogged() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : List.copyOf(captured.list)) {
            sb.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(" [").append(e.getThreadName())
                    .append("] ").append(e.getFormattedMessage()).append(' ').append(e.getMDCPropertyMap()).append('\n');
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
                for (StackTraceElementProxy s : t.getStackTraceElementProxyArray()) {
                    sb.append("  ").append(s.getSTEAsString()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * The single characters quoted in log messages ({@code 'D'}), strung together per thread in
     * the order logged: a parser that logs each character it reads leaks a value this way
     * although no line holds it whole.
     */
    private String quotedCharactersByThread() {
        Map<String, StringBuilder> byThread = new LinkedHashMap<>();
        Pattern quoted = Pattern.compile("'(.)'", Pattern.DOTALL);
        for (ILoggingEvent e : List.copyOf(captured.list)) {
            java.util.regex.Matcher m = quoted.matcher(e.getFormattedMessage());
            while (m.find()) {
                byThread.computeIfAbsent(e.getThreadName(), t -> new StringBuilder()).append(m.group(1));
            }
        }
        return String.join("\n", byThread.values());
    }

    private static String linesWith(String log, Map<String, String> phi) {
        StringBuilder sb = new StringBuilder();
        for (String line : log.split("\n")) {
            for (String value : phi.keySet()) {
                if (line.contains(value)) {
                    sb.append(line, 0, Math.min(line.length(), 400)).append('\n');
                    break;
                }
            }
            if (sb.length() > 4000) {
                break;
            }
        }
        return sb.toString();
    }

    /**
     * Values that identify a patient or describe a claim, by value: NM103/NM104/NM109 of the
     * subscriber (IL) and patient (QC), DMG02, every HI code and CLM01.
     */
    static Map<String, String> phiOf(List<Path> samples) throws IOException {
        Map<String, String> phi = new TreeMap<>();
        for (Path sample : samples) {
            String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
            String element = Pattern.quote(String.valueOf(text.charAt(3)));
            String component = Pattern.quote(String.valueOf(text.charAt(104)));
            for (String raw : text.split(Pattern.quote(String.valueOf(text.charAt(105))))) {
                String[] e = raw.strip().split(element, -1);
                switch (e[0]) {
                    case "NM1" -> {
                        if (e.length > 1 && (e[1].equals("IL") || e[1].equals("QC"))) {
                            put(phi, get(e, 3), "name");
                            put(phi, get(e, 4), "first name");
                            put(phi, get(e, 9), "member id");
                        }
                    }
                    case "DMG" -> put(phi, get(e, 2), "date of birth");
                    case "CLM" -> put(phi, get(e, 1), "claim id (CLM01)");
                    case "HI" -> {
                        for (int i = 1; i < e.length; i++) {
                            String[] c = e[i].split(component, -1);
                            put(phi, c.length > 1 ? c[1] : "", "diagnosis code");
                        }
                    }
                    default -> {
                        // other segments carry no patient data this test looks for
                    }
                }
            }
        }
        return phi;
    }

    private static String get(String[] e, int i) {
        return i < e.length ? e[i] : "";
    }

    private static void put(Map<String, String> phi, String value, String what) {
        if (value.length() >= 3) {
            phi.putIfAbsent(value, what);
        }
    }
}
