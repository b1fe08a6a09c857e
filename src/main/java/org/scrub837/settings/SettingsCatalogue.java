package org.scrub837.settings;

import static org.scrub837.settings.SettingType.BOOLEAN;
import static org.scrub837.settings.SettingType.ENV_NAME;
import static org.scrub837.settings.SettingType.LIST;
import static org.scrub837.settings.SettingType.NUMBER_OR_AUTO;
import static org.scrub837.settings.SettingType.OCTAL_MODE;
import static org.scrub837.settings.SettingType.PATH;
import static org.scrub837.settings.SettingType.TEXT;
import static org.scrub837.settings.SettingType.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code scrub.*} setting, declared once: key, type, default, unit, description, secret or
 * not, file. Adding a setting is one declaration here; the README's configuration table and
 * {@code run --help} are generated from this list ({@link #markdownTable()}, {@link #helpLines()}),
 * environment overrides and the warnings for unknown keys follow from it, and
 * {@code SettingsCatalogueTest} fails, naming the keys, when config/*.properties, the README or
 * {@code run --help} and this list differ.
 *
 * <p>Declaration order is the order of the table.
 */
public final class SettingsCatalogue {

    private static final List<Setting> DECLARED = new ArrayList<>();

    // --- folders -------------------------------------------------------------------------------
    public static final Setting INBOX = declare(Setting.of("scrub.inbox", PATH, "../work/inbox", "",
            "watched folder: 837 files dropped here are scrubbed"));
    public static final Setting OUTBOX = declare(Setting.of("scrub.outbox", PATH, "../work/outbox", "",
            "clean 837s (accepted claims only): what goes to the payer"));
    public static final Setting REPORTS = declare(Setting.of("scrub.reports", PATH, "../work/reports", "",
            "rejected 837s, every report, duplicate notes"));
    public static final Setting ARCHIVE = declare(Setting.of("scrub.archive", PATH, "../work/archive", "",
            "originals once processed"));
    public static final Setting FAILED = declare(Setting.of("scrub.failed", PATH, "../work/failed", "",
            "files that could not be read as an 837, with <name>.reason.txt"));
    public static final Setting STATE = declare(Setting.of("scrub.state", PATH, "../work/state", "",
            "control-number counter, records of files seen and output names given, spool"));
    public static final Setting RESPONSES = declare(Setting.of("scrub.responses", PATH, "../work/responses", "",
            "watched folder for the payers' TA1, 999, 277CA and 835 files, matched to the claims forwarded"
            + " (docs/outcomes.md); read files go to archive/responses/"));

    // --- watch folder --------------------------------------------------------------------------
    public static final Setting CONSUMERS = declare(Setting.of("scrub.consumers", WHOLE_NUMBER, "2", "files",
            "files processed at once by the watch folder"));
    public static final Setting POLL_DELAY = declare(Setting.of("scrub.pollDelay", WHOLE_NUMBER, "1000", "ms",
            "inbox poll interval"));
    public static final Setting READ_LOCK_MIN_AGE = declare(Setting.of("scrub.readLockMinAge", WHOLE_NUMBER, "10000",
            "ms", "a file is picked up once unchanged this long (uploads renamed from .part/.tmp/dot names need no wait)"));
    public static final Setting RECURSIVE = declare(Setting.of("scrub.recursive", BOOLEAN, "false", "",
            "also scrub files in subfolders of the inbox; outputs keep the subfolder"));
    public static final Setting DUPLICATES = declare(Setting.of("scrub.duplicates", TEXT, "skip", "",
            "a file whose content was already processed: skip (archive, leave a note) or process").choices("skip",
            "process"));
    public static final Setting STATE_SYNC = declare(Setting.of("scrub.stateSync", TEXT, "background", "",
            "when the records in scrub.state reach the disk: background (within about 0.1 s, survives a killed"
                    + " process) or each (before the input leaves the inbox, also survives a power cut; two syncs per"
                    + " input)").choices("background", "each"));
    public static final Setting INBOX_LOCK_MAX_AGE = declare(Setting.of("scrub.inbox.lockMaxAgeMillis", WHOLE_NUMBER,
            "30000", "ms", "with the store: the files of a node silent this long are taken over by another node"));
    public static final Setting INBOX_LOCK_KEEP_ALIVE = declare(Setting.of("scrub.inbox.lockKeepAliveMillis",
            WHOLE_NUMBER, "5000", "ms", "with the store: how often a node refreshes the inbox files it holds"
            + " (at most a third of scrub.inbox.lockMaxAgeMillis)"));

    // --- scrubbing and outputs -----------------------------------------------------------------
    public static final Setting PARALLEL_THREADS = declare(Setting.of("scrub.parallelThreads", NUMBER_OR_AUTO, "1",
            "threads", "threads scrubbing the transactions of one large file at once (auto = processors, 1 = off)"));
    public static final Setting PARALLEL_MIN_BYTES = declare(Setting.of("scrub.parallelMinBytes", WHOLE_NUMBER,
            "4194304", "bytes", "files smaller than this are scrubbed on one thread").min(0));
    public static final Setting REPLAY_FILES = declare(Setting.of("scrub.replayFiles", NUMBER_OR_AUTO, "auto", "files",
            "small files replay scrubs at once (auto = processors, 2 to 4; 1 with controlNumbers fresh)"));
    public static final Setting OUTPUT_MODE = declare(Setting.of("scrub.outputMode", OCTAL_MODE, "0640", "",
            "permissions of every output, archived original and failed file (folders are made 0750)"));
    public static final Setting CONTROL_NUMBERS = declare(Setting.of("scrub.controlNumbers", TEXT, "original", "",
            "original keeps ISA13/GS06/ST02; fresh takes new ones from a persisted counter").choices("original",
            "fresh"));
    public static final Setting FORMATS = declare(Setting.of("scrub.formats", LIST, "json,txt,html,999,277ca", "",
            "reports written per input: json (always), txt, html, 999, 277ca"));
    public static final Setting REPORT_MAX_CLAIMS = declare(Setting.of("scrub.report.maxClaims", WHOLE_NUMBER, "2000",
            "claims", "claims shown in full in report.html and summary.txt, rejected first").min(0));
    public static final Setting REPORT_MAX_CLAIM_BYTES = declare(Setting.of("scrub.report.maxClaimBytes", WHOLE_NUMBER,
            "4194304", "bytes", "bytes those claims may take in each of the two reports").min(0));
    public static final Setting PROGRESS_LOG_SECONDS = declare(Setting.of("scrub.progressLogSeconds", WHOLE_NUMBER,
            "30", "s", "seconds between progress lines while one file is scrubbed; 0 = off").min(0));

    // --- health and metrics --------------------------------------------------------------------
    public static final Setting HTTP_PORT = declare(Setting.of("scrub.http.port", WHOLE_NUMBER, "0", "",
            "port of the HTTP server (health, metrics, API); 0 = no server").min(0));
    public static final Setting HTTP_HOST = declare(Setting.of("scrub.http.host", TEXT, "127.0.0.1", "",
            "address the HTTP server binds to (0.0.0.0: every interface)"));
    public static final Setting MIN_FREE_BYTES = declare(Setting.of("scrub.minFreeBytes", WHOLE_NUMBER, "104857600",
            "bytes", "readiness is DOWN when a folder's file system has less free space").min(0));

    // --- PostgreSQL store ----------------------------------------------------------------------
    public static final Setting JDBC_URL = declare(Setting.of("scrub.jdbc.url", TEXT, "", "",
            "PostgreSQL JDBC URL of the store; empty = no store (one node, state in files)").secretValue());
    public static final Setting JDBC_USER = declare(Setting.of("scrub.jdbc.user", TEXT, "", "",
            "database user"));
    public static final Setting JDBC_PASSWORD_ENV = declare(Setting.of("scrub.jdbc.passwordEnv", ENV_NAME,
            "SCRUB_JDBC_PASSWORD", "", "environment variable holding the database password"));
    public static final Setting PATIENT_KEY_SECRET_ENV = declare(Setting.of("scrub.history.patientKeySecretEnv",
            ENV_NAME, "SCRUB_PATIENT_KEY_SECRET", "", "environment variable holding the patient key secret"
            + " (HMAC of the claim history; 32+ characters; required with the store)"));
    public static final Setting DUPLICATE_WINDOW_DAYS = declare(Setting.of("scrub.history.duplicateWindowDays",
            WHOLE_NUMBER, "", "days", "cross-file duplicate-claim edit: how far back; empty = off (needs the store)"));
    public static final Setting MUE_ACROSS_FILES = declare(Setting.of("scrub.history.mueAcrossFiles", BOOLEAN, "false",
            "", "with the store: the MUE date-of-service edits also count the units of accepted claims of earlier"
            + " files (same beneficiary, billing provider, code, date)"));
    public static final Setting OUTCOMES_WAITING_DAYS = declare(Setting.of("scrub.outcomes.waitingDays", WHOLE_NUMBER,
            "7", "days", "outcomes lists the claims without a front-end answer this long after forwarding").min(0));
    public static final Setting DUPLICATE_SEVERITY = declare(Setting.of("scrub.history.duplicateSeverity", TEXT,
            "reject", "", "severity of the cross-file duplicate-claim edit").choices("reject", "warn"));

    // --- HTTP API ------------------------------------------------------------------------------
    public static final Setting API_ENABLED = declare(Setting.of("scrub.api.enabled", BOOLEAN, "false", "",
            "POST /api/v1/scrub on the HTTP server"));
    public static final Setting API_MAX_CONCURRENT = declare(Setting.of("scrub.api.maxConcurrent", WHOLE_NUMBER, "4",
            "requests", "requests scrubbed at once; more wait 2 s, then 503"));
    public static final Setting API_MAX_SCRUBBING = declare(Setting.of("scrub.api.maxScrubbing", NUMBER_OR_AUTO,
            "auto", "requests", "of those, how many run their scrub at the same moment, the others waiting their"
            + " turn (auto = processors - 1, at least 1: a core stays free for health and the HTTP server)"));
    public static final Setting API_MAX_ANSWER_BYTES = declare(Setting.of("scrub.api.maxAnswerBytes", WHOLE_NUMBER,
            "33554432", "bytes", "largest answer the API sends (each is held in memory while sent); 413 beyond it:"
            + " send fewer claims per request"));
    public static final Setting API_KEY_ENV = declare(Setting.of("scrub.api.keyEnv", ENV_NAME, "", "",
            "environment variable holding the API key (required off loopback; set but empty: no start)"));
    public static final Setting API_KEY_STORE = declare(Setting.of("scrub.api.tls.keyStore", PATH, "", "",
            "PKCS12 (or .jks) key store of the API's TLS certificate; empty = no TLS"));
    public static final Setting API_KEY_STORE_PASSWORD_ENV = declare(Setting.of("scrub.api.tls.keyStorePasswordEnv",
            ENV_NAME, "SCRUB_API_KEYSTORE_PASSWORD", "", "environment variable holding the key store password"));
    public static final Setting API_TRUST_STORE = declare(Setting.of("scrub.api.tls.trustStore", PATH, "", "",
            "client certificates: refused (the embedded server cannot ask for them); leave empty"));
    public static final Setting API_TRUST_STORE_PASSWORD_ENV = declare(Setting.of(
            "scrub.api.tls.trustStorePasswordEnv", ENV_NAME, "SCRUB_API_TRUSTSTORE_PASSWORD", "",
            "environment variable holding the trust store password"));

    // --- SFTP ----------------------------------------------------------------------------------
    public static final Setting SFTP_ENABLED = declare(Setting.of("scrub.sftp.enabled", BOOLEAN, "false", "",
            "SFTP in and out (routes/sftp.yaml)"));
    public static final Setting SFTP_HOST = declare(Setting.of("scrub.sftp.host", TEXT, "", "", "SFTP server"));
    public static final Setting SFTP_PORT = declare(Setting.of("scrub.sftp.port", WHOLE_NUMBER, "22", "",
            "SFTP port"));
    public static final Setting SFTP_USER = declare(Setting.of("scrub.sftp.user", TEXT, "", "", "SFTP user"));
    public static final Setting SFTP_KNOWN_HOSTS = declare(Setting.of("scrub.sftp.knownHostsFile", PATH, "", "",
            "known_hosts file the server's host key is checked against (always)"));
    public static final Setting SFTP_PRIVATE_KEY = declare(Setting.of("scrub.sftp.privateKeyFile", PATH, "", "",
            "OpenSSH private key file to log in with"));
    public static final Setting SFTP_PASSPHRASE_ENV = declare(Setting.of("scrub.sftp.privateKeyPassphraseEnv", ENV_NAME,
            "SCRUB_SFTP_KEY_PASSPHRASE", "", "environment variable holding the private key's passphrase"));
    public static final Setting SFTP_PASSWORD_ENV = declare(Setting.of("scrub.sftp.passwordEnv", ENV_NAME,
            "SCRUB_SFTP_PASSWORD", "", "environment variable holding the SFTP password"));
    public static final Setting SFTP_INBOX = declare(Setting.of("scrub.sftp.inbox", TEXT, "inbox", "",
            "remote folder files are fetched from"));
    public static final Setting SFTP_ARCHIVE = declare(Setting.of("scrub.sftp.archive", TEXT, "archive", "",
            "remote folder fetched files are moved to"));
    public static final Setting SFTP_FAILED = declare(Setting.of("scrub.sftp.failed", TEXT, "failed", "",
            "remote folder for files that could not be fetched"));
    public static final Setting SFTP_OUTBOX = declare(Setting.of("scrub.sftp.outbox", TEXT, "outbox", "",
            "remote folder clean 837s are delivered to"));
    public static final Setting SFTP_REPORTS = declare(Setting.of("scrub.sftp.reports", TEXT, "reports", "",
            "remote folder reports are delivered to"));
    public static final Setting SFTP_RESPONSES = declare(Setting.of("scrub.sftp.responses", TEXT, "responses", "",
            "remote folder the payers' response files (TA1, 999, 277CA, 835) are fetched from"));
    public static final Setting SFTP_DELIVER = declare(Setting.of("scrub.sftp.deliver", BOOLEAN, "true", "",
            "upload clean 837s and reports; uploaded files move to .sent/"));

    // --- reference data (docs/reference-data.md) -----------------------------------------------
    public static final Setting REFDATA_MAX_DOWNLOAD_BYTES = declare(Setting.of("scrub.refdata.maxDownloadBytes",
            WHOLE_NUMBER, "1073741824", "bytes", "largest file data install fetches from an https:// address").min(1));
    public static final Setting REFDATA_DOWNLOAD_TIMEOUT = declare(Setting.of("scrub.refdata.downloadTimeoutSeconds",
            WHOLE_NUMBER, "600", "s", "most one such download may take, body included").min(1));
    /**
     * What an ended edition of each kind does to readiness: one setting per reference kind
     * (org.scrub837.refdata.ReferenceKind; ReferenceDataStaleSettingsTest keeps the two lists equal).
     */
    public static final List<Setting> REFDATA_STALE = List.of(
            stale("ncci-ptp-practitioner"), stale("ncci-ptp-outpatient"), stale("ncci-ptp-medicaid-practitioner"),
            stale("ncci-ptp-medicaid-outpatient"), stale("mue-practitioner"), stale("mue-outpatient"), stale("mue-dme"),
            stale("mue-medicaid-practitioner"), stale("mue-medicaid-outpatient"), stale("mue-medicaid-dme"),
            stale("hcpcs"), stale("icd10cm"), stale("pos"));

    // --- input limits (limits.properties) ------------------------------------------------------
    public static final Setting MAX_FILE_BYTES = declare(Setting.of("scrub.limits.maxFileBytes", WHOLE_NUMBER,
            "1073741824", "bytes", "largest input file").in(SettingFile.LIMITS));
    public static final Setting MAX_SEGMENT_LENGTH = declare(Setting.of("scrub.limits.maxSegmentLength", WHOLE_NUMBER,
            "65536", "bytes", "longest segment").in(SettingFile.LIMITS));
    public static final Setting MAX_ELEMENTS_PER_SEGMENT = declare(Setting.of("scrub.limits.maxElementsPerSegment",
            WHOLE_NUMBER, "99", "elements", "most elements in one segment").in(SettingFile.LIMITS));
    public static final Setting MAX_CLAIMS_PER_TRANSACTION = declare(Setting.of("scrub.limits.maxClaimsPerTransaction",
            WHOLE_NUMBER, "100000", "claims", "most CLM claims in one ST/SE transaction").in(SettingFile.LIMITS));
    public static final Setting MAX_LINES_PER_CLAIM = declare(Setting.of("scrub.limits.maxLinesPerClaim", WHOLE_NUMBER,
            "999", "lines", "most service lines in one claim").in(SettingFile.LIMITS));
    public static final Setting API_MAX_BODY_BYTES = declare(Setting.of("scrub.limits.apiMaxBodyBytes", WHOLE_NUMBER,
            "16777216", "bytes", "largest API request body (413 beyond it)").in(SettingFile.LIMITS));

    /** Every setting, in declaration order. */
    public static final List<Setting> ALL = Collections.unmodifiableList(DECLARED);

    private static final Map<String, Setting> BY_KEY = new LinkedHashMap<>();
    private static final Map<String, Setting> BY_ENV = new LinkedHashMap<>();

    static {
        for (Setting s : ALL) {
            if (BY_KEY.put(s.key(), s) != null) {
                throw new ExceptionInInitializerError("setting declared twice: " + s.key());
            }
            BY_ENV.put(squeeze(s.key()), s);
        }
    }

    private SettingsCatalogue() {
    }

    private static Setting stale(String kind) {
        return declare(Setting.of("scrub.refdata.stale." + kind, TEXT, "degrade", "", "when the newest installed "
                + kind + " edition has ended: degrade turns readiness DOWN, warn only warns").choices("degrade",
                "warn"));
    }

    private static Setting declare(Setting s) {
        DECLARED.add(s);
        return s;
    }

    public static Optional<Setting> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /**
     * The setting an environment variable overrides: SCRUB_INBOX, SCRUB_READLOCKMINAGE and
     * SCRUB_READ_LOCK_MIN_AGE all give scrub.readLockMinAge (case and underscores do not matter).
     */
    public static Optional<Setting> byEnvironmentName(String name) {
        return Optional.ofNullable(BY_ENV.get(squeeze(name)));
    }

    /** The known key nearest to an unknown one (edit distance over lower case, dots and underscores dropped). */
    public static Setting closest(String unknown) {
        String u = squeeze(unknown);
        Setting best = ALL.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Setting s : ALL) {
            int d = distance(u, squeeze(s.key()));
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best;
    }

    /** scrub.readLockMinAge and SCRUB_READ_LOCK_MIN_AGE both give scrubreadlockminage. */
    static String squeeze(String name) {
        return name.replace(".", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The README's configuration table (between its settings markers), one row per setting. */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder();
        b.append("| key | file | type | default | unit | secret | meaning |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Setting s : ALL) {
            b.append("| `").append(s.key()).append("` | ").append(s.file() == SettingFile.LIMITS ? "limits" : "application")
                    .append(" | ").append(s.type() == SettingType.CHOICE ? String.join("\\|", s.choices()) : s.type().label()
                            .replace("|", "\\|"))
                    .append(" | ").append(s.defaultValue().isEmpty() ? "" : "`" + s.defaultValue() + "`")
                    .append(" | ").append(s.unit()).append(" | ").append(s.secret() ? "yes" : "")
                    .append(" | ").append(s.description().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    /** Prints the README's table: {@code java -cp target/classes org.scrub837.settings.SettingsCatalogue}. */
    public static void main(String[] args) {
        System.out.print(markdownTable());
    }

    /** The settings section of {@code run --help}: one line per key, its default, its description. */
    public static List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        for (Setting s : ALL) {
            String dflt = s.defaultValue().isEmpty() ? "" : " = " + s.defaultValue()
                    + (s.unit().isEmpty() ? "" : " " + s.unit());
            lines.add("  " + s.key() + dflt + ": " + s.description() + (s.secret() ? " (secret: never printed)" : ""));
        }
        return lines;
    }
}
