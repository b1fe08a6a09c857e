package org.scrub837.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.scrub837.model.Severity;
import org.scrub837.settings.SettingsCatalogue;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.ScrubSettings;

/**
 * The store as the rest of scrub837 uses it: opened from the settings when {@code scrub.jdbc.url}
 * is set (else absent: the single-node, file-based default), and attached to a scrub engine.
 *
 * <p>Settings ({@code config/application.properties} or system properties):
 * {@code scrub.history.duplicateWindowDays} (empty: the duplicate-claim edit is off; no figure is
 * shipped, since how far back a payer looks for duplicates is the payer's),
 * {@code scrub.history.duplicateSeverity} ({@code reject} or {@code warn}, default reject).
 */
public final class ClaimStore {

    public static final String WINDOW_DAYS = SettingsCatalogue.DUPLICATE_WINDOW_DAYS.key();
    public static final String SEVERITY = SettingsCatalogue.DUPLICATE_SEVERITY.key();

    private final Database db;
    private final ClaimHistory history;
    private final SeenFileRecord seenFiles;
    private final Duration duplicateWindow;
    private final Severity duplicateSeverity;
    private final PatientKeys patientKeys;
    private boolean mueAcrossFiles;
    /** This node among those sharing the inbox: one per store, so the lock and the content claims agree on who it is. */
    private InboxNode inboxNode;

    ClaimStore(Database db, PatientKeys patientKeys, Duration duplicateWindow, Severity duplicateSeverity) {
        this.db = db;
        this.patientKeys = patientKeys;
        this.history = new ClaimHistory(db);
        this.seenFiles = new SeenFileRecord(db);
        this.duplicateWindow = duplicateWindow;
        this.duplicateSeverity = duplicateSeverity;
    }

    /** The store the settings name, connected and migrated; empty when no database is configured. */
    public static Optional<ClaimStore> open(ScrubSettings settings) throws SQLException {
        return open(settings.properties(), System.getenv());
    }

    public static Optional<ClaimStore> open(Properties props, Map<String, String> environment) throws SQLException {
        StoreSettings where = StoreSettings.from(props, environment);
        if (where == null) {
            return Optional.empty();
        }
        return open(props, where, where.patientKeys(props));
    }

    /**
     * The store for looking claims up (the history and outcomes commands): no patient key is computed, so no
     * secret is needed; {@link #attachTo} is refused.
     */
    public static Optional<ClaimStore> openForLookUp(ScrubSettings settings) throws SQLException {
        Properties props = settings.properties();
        StoreSettings where = StoreSettings.from(props, System.getenv());
        return where == null ? Optional.empty() : open(props, where, null);
    }

    private static Optional<ClaimStore> open(Properties props, StoreSettings where, PatientKeys keys)
            throws SQLException {
        Duration window = window(SettingsCatalogue.DUPLICATE_WINDOW_DAYS.raw(props));
        Severity severity = severity(SettingsCatalogue.DUPLICATE_SEVERITY.raw(props));
        ClaimStore store = new ClaimStore(Database.open(where), keys, window, severity);
        store.mueAcrossFiles = SettingsCatalogue.MUE_ACROSS_FILES.bool(props);
        return Optional.of(store);
    }

    static Duration window(String days) {
        if (days.isEmpty()) {
            return null;
        }
        try {
            long n = Long.parseLong(days.replace("_", ""));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(WINDOW_DAYS + " must be a positive number of days (or empty: off), not '"
                    + days + "'");
        }
    }

    static Severity severity(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "reject":
                return Severity.REJECT;
            case "warn":
                return Severity.WARN;
            default:
                throw new IllegalArgumentException(SEVERITY + " must be reject or warn, not '" + s + "'");
        }
    }

    /**
     * Attaches the store to an engine: the duplicate-claim edit when its window is configured, and,
     * when {@code record} (the service, not a look-up like the HTTP API), the claim history of every
     * file scrubbed.
     */
    public void attachTo(ScrubEngine engine, boolean record) {
        if (patientKeys == null) {
            throw new IllegalStateException("a store opened for look-ups only cannot judge or record claims");
        }
        if (duplicateWindow != null) {
            engine.addClaimCheck(new DuplicateClaimCheck(history, patientKeys, duplicateWindow,
                    duplicateSeverity));
        }
        if (mueAcrossFiles) {
            engine.addClaimCheck(new MueHistoryCheck(engine.rules(), history, patientKeys));
        }
        if (record) {
            java.nio.file.Path state = engine.settings().state().toAbsolutePath();
            engine.addClaimOutput(base -> new HistoryRecorder(history, patientKeys, base,
                    state.resolve(base + ".history.unused"), engine.rules()));
        }
    }

    /** Name of the inbox's idempotent repository bean (routes/scrub-inbox.yaml refers to it). */
    public static final String INBOX_REPOSITORY = "scrubInboxRepository";
    public static final String LOCK_MAX_AGE = SettingsCatalogue.INBOX_LOCK_MAX_AGE.key();
    public static final String LOCK_KEEP_ALIVE = SettingsCatalogue.INBOX_LOCK_KEEP_ALIVE.key();

    /**
     * The inbox's read lock for several nodes ({@link InboxLockRepository}): a node refreshes the
     * files it holds every {@code scrub.inbox.lockKeepAliveMillis} (default 5000); the files of a node
     * that died count as free after {@code scrub.inbox.lockMaxAgeMillis} (default 30000), and another
     * node scrubs them again from the start, rewriting the same outputs.
     */
    public InboxLockRepository inboxRepository(Properties props) {
        long maxAge = SettingsCatalogue.INBOX_LOCK_MAX_AGE.wholeNumber(props);
        long keepAlive = SettingsCatalogue.INBOX_LOCK_KEEP_ALIVE.wholeNumber(props);
        if (keepAlive * 3 > maxAge) {
            throw new IllegalArgumentException(LOCK_KEEP_ALIVE + " must be at most a third of " + LOCK_MAX_AGE
                    + ", or a live node's files could be taken over");
        }
        return new InboxLockRepository(db, "scrub-inbox", inboxNode(props), keepAlive);
    }

    /**
     * The decisions several nodes on one inbox take together (content claims, output bases), for the
     * watch folder; the same node as {@link #inboxRepository}'s, whose keep-alive says it is alive.
     */
    public org.scrub837.watch.SharedInputs sharedInputs(Properties props) {
        return inboxNode(props);
    }

    private synchronized InboxNode inboxNode(Properties props) {
        if (inboxNode == null) {
            inboxNode = new InboxNode(db, SettingsCatalogue.INBOX_LOCK_MAX_AGE.wholeNumber(props));
        }
        return inboxNode;
    }

    /** The route settings that put the inbox on the shared read lock (placeholders of scrub-inbox.yaml). */
    public static Map<String, String> inboxRouteSettings() {
        return Map.of("scrub.inbox.readLock", "idempotent-changed",
                "scrub.inbox.idempotentRepository", "#" + INBOX_REPOSITORY,
                // the file has left the inbox when the lock goes; the delay (on another thread) keeps
                // it a while longer for a node whose listing of the inbox predates the move
                "scrub.inbox.readLockRemoveOnCommit", "true",
                "scrub.inbox.readLockReleaseDelay", "10000",
                "scrub.inbox.readLockReleaseAsync", "true",
                // each poll handles a short list, so that no listing is older than the release delay
                "scrub.inbox.maxMessagesPerPoll", "20");
    }

    public Database database() {
        return db;
    }

    public ClaimHistory history() {
        return history;
    }

    public SeenFileRecord seenFiles() {
        return seenFiles;
    }

    /** The duplicate-claim edit's window, or null when it is off. */
    public Duration duplicateWindow() {
        return duplicateWindow;
    }
}
