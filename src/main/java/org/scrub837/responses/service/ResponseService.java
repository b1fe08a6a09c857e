package org.scrub837.responses.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.scrub837.remote.SftpSettings;
import org.scrub837.responses.Outcomes;
import org.scrub837.responses.OutcomesPage;
import org.scrub837.responses.ResponseIntake;
import org.scrub837.responses.ResponseMetrics;
import org.scrub837.responses.ResponseStore;
import org.scrub837.responses.RuleHints;
import org.scrub837.responses.SubmissionRecorder;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.ScrubSettings;
import org.scrub837.settings.SettingsCatalogue;
import org.scrub837.store.ClaimStore;
import org.scrub837.store.InboxLockRepository;
import org.scrub837.watch.ScrubMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the response intake into the service: the response folder's route (routes/responses.yaml),
 * the SFTP response route when SFTP is on (routes/sftp-responses.yaml), the record of every clean
 * 837 written (with a store), the metrics, and the daily outcomes page in the reports folder.
 *
 * <p>Settings (declared in the settings catalogue): scrub.responses (relative to the configuration
 * folder), scrub.sftp.responses (remote), scrub.outcomes.waitingDays.
 * With several nodes (a store), the route's read lock is the inbox's shared lock
 * ({@link InboxLockRepository}) under a name of its own, and a response's content is recorded once
 * whatever node reads it.
 */
public final class ResponseService {

    public static final String FOLDER = SettingsCatalogue.RESPONSES.key();
    public static final String SFTP_FOLDER = SettingsCatalogue.SFTP_RESPONSES.key();
    public static final String WAITING_DAYS = SettingsCatalogue.OUTCOMES_WAITING_DAYS.key();
    static final String ROUTE_FILE = "sftp-responses.yaml";
    static final String REPOSITORY = "scrubResponseRepository";
    /** Name of the outcomes page: outcomes-2026-12-07.html. */
    public static final String PAGE_PREFIX = "outcomes-";

    private static final Logger LOG = LoggerFactory.getLogger(ResponseService.class);

    private ResponseService() {
    }

    public static void configure(Main main, ScrubEngine engine, ScrubSettings settings, Properties props,
            Optional<ClaimStore> store, ScrubMetrics scrubMetrics) throws IOException {
        Path folder = settings.path(SettingsCatalogue.RESPONSES).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException(FOLDER + ": the folder " + folder + " cannot be made: " + e.getMessage());
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException(FOLDER + ": the folder " + folder + " is not writable");
        }
        props.setProperty(FOLDER, folder.toString());
        int waitingDays = waitingDays(settings);
        ResponseMetrics metrics = new ResponseMetrics(scrubMetrics.registry());
        ResponseStore responses = store.map(s -> new ResponseStore(s.database())).orElse(null);
        RuleHints hints = RuleHints.load(settings.configDir());
        OutcomesRefresh refresh = responses == null ? null
                : new OutcomesRefresh(responses, hints, settings.reports().toAbsolutePath(), waitingDays, metrics);
        if (responses != null) {
            engine.wrapCleanOutput(clean -> new SubmissionRecorder(clean, responses, metrics));
        }
        ResponseIntake intake = new ResponseIntake(settings.archive(), settings.failed(), responses, metrics,
                refresh == null ? null : refresh::run);
        main.bind("responseFileProcessor", new ResponseFileProcessor(intake));

        props.putIfAbsent("scrub.responses.readLock", "changed");
        if (store.isPresent()) {
            props.setProperty("scrub.responses.readLock", "idempotent-changed");
            props.setProperty("scrub.responses.idempotentRepository", "#" + REPOSITORY);
            props.setProperty("scrub.responses.readLockRemoveOnCommit", "true");
            props.setProperty("scrub.responses.readLockReleaseDelay", "10000");
            props.setProperty("scrub.responses.readLockReleaseAsync", "true");
            props.setProperty("scrub.responses.maxMessagesPerPoll", "20");
            long maxAge = millis(settings, ClaimStore.LOCK_MAX_AGE, 30_000);
            long keepAlive = millis(settings, ClaimStore.LOCK_KEEP_ALIVE, 5_000);
            InboxLockRepository lock = new InboxLockRepository(store.get().database(), "scrub-responses", maxAge,
                    keepAlive);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeConfigure(BaseMainSupport m) {
                    m.getCamelContext().getRegistry().bind(REPOSITORY, lock);
                }
            });
        }

        SftpSettings sftp = SftpSettings.from(settings.properties(), System.getenv());
        if (sftp.enabled()) {
            String remote = props.getProperty(SFTP_FOLDER, "").trim();
            remote = remote.isEmpty() ? "responses" : remote;
            props.setProperty(SFTP_FOLDER, remote);
            props.setProperty("scrub.sftp.responsesWork",
                    settings.state().toAbsolutePath().resolve("sftp-responses-work").toString());
            main.bind("remoteResponseProcessor", new RemoteResponseProcessor(intake,
                    relative(remote, props.getProperty("scrub.sftp.archive", "archive")),
                    relative(remote, props.getProperty("scrub.sftp.failed", "failed"))));
        } else {
            String exclude = props.getProperty("camel.main.routesExcludePattern", "");
            props.setProperty("camel.main.routesExcludePattern",
                    (exclude.isBlank() ? "" : exclude + ",") + "**/" + ROUTE_FILE);
        }

        if (refresh != null) {
            main.addMainListener(refresh);
        }
        LOG.info("response folder {} = {}; claims forwarded and responses {}", FOLDER, folder,
                responses == null ? "are not recorded (no store: scrub.jdbc.url)" : "recorded in the store");
    }

    static int waitingDays(ScrubSettings settings) {
        return SettingsCatalogue.OUTCOMES_WAITING_DAYS.wholeInt(settings.properties());
    }

    private static long millis(ScrubSettings settings, String key, long dflt) {
        String v = settings.get(key, Long.toString(dflt)).replace("_", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of milliseconds, not '" + v + "'");
        }
    }

    /** A remote folder as seen from the remote response folder (camel-ftp's move is relative to it). */
    static String relative(String from, String folder) {
        if (from.startsWith("/") != folder.startsWith("/")) {
            throw new IllegalArgumentException(SFTP_FOLDER + " and the other scrub.sftp folders must all be"
                    + " absolute or all relative to the login folder");
        }
        Path root = Path.of("/");
        return root.resolve(from).normalize().relativize(root.resolve(folder).normalize()).toString().replace('\\', '/');
    }

    /**
     * Keeps the first-pass gauges and the day's page {@code reports/outcomes-<day>.html} (UTC day)
     * current: after each response file recorded, at start and every hour. The page is written once the
     * store holds a response (before that it would say nothing about payers), replacing the day's page,
     * until SFTP delivery has taken it (it is then in {@code .sent/}); each day gets its own page.
     */
    private static final class OutcomesRefresh extends MainListenerSupport {
        private final ResponseStore store;
        private final RuleHints hints;
        private final Path reports;
        private final int waitingDays;
        private final ResponseMetrics metrics;
        private ScheduledExecutorService timer;

        OutcomesRefresh(ResponseStore store, RuleHints hints, Path reports, int waitingDays, ResponseMetrics metrics) {
            this.store = store;
            this.hints = hints;
            this.reports = reports;
            this.waitingDays = waitingDays;
            this.metrics = metrics;
        }

        @Override
        public void afterStart(BaseMainSupport main) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "scrub837-outcomes");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::run, 0, 1, TimeUnit.HOURS);
        }

        @Override
        public void beforeStop(BaseMainSupport main) {
            if (timer != null) {
                timer.shutdownNow();
            }
        }

        /** Never throws: a store that cannot answer now is logged, and the next run tries again. */
        synchronized void run() {
            try {
                Instant now = Clock.systemUTC().instant();
                Outcomes.Report report = Outcomes.compute(store, hints, null, null, waitingDays, now);
                metrics.firstPass(report);
                String name = PAGE_PREFIX + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".html";
                if (store.responseFileCount() == 0 || Files.exists(reports.resolve(".sent").resolve(name))) {
                    return;
                }
                OutcomesPage.write(report, now, reports.resolve(name));
            } catch (SQLException e) {
                LOG.warn("outcomes not refreshed: the store answered with SQL state {}", e.getSQLState());
            } catch (IOException | RuntimeException e) {
                LOG.warn("outcomes page not written: {}", e.toString());
            }
        }
    }
}
