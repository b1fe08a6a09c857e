package org.scrub837.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.scrub837.refdata.Edition;
import org.scrub837.refdata.ImpactReport;
import org.scrub837.refdata.ReferenceData;
import org.scrub837.refdata.ReferenceKind;
import org.scrub837.scrub.ScrubSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scrub837 data}: the dated CMS reference editions under the configuration folder (see
 * docs/reference-data.md). The work is done by org.scrub837.refdata; this class reads the command
 * line and prints.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Reference data: install, list and verify dated CMS editions (NCCI PTP, MUE, HCPCS,"
                + " ICD-10-CM, place of service); see what a new edition would change.",
            "Kinds: " + "ncci-ptp-practitioner, ncci-ptp-outpatient, ncci-ptp-medicaid-practitioner,"
                + " ncci-ptp-medicaid-outpatient, mue-practitioner, mue-outpatient, mue-dme, mue-medicaid-practitioner,"
                + " mue-medicaid-outpatient, mue-medicaid-dme, hcpcs, icd10cm, pos."},
        subcommands = {DataCommand.ListEditions.class, DataCommand.Install.class, DataCommand.Verify.class,
            DataCommand.Remove.class, DataCommand.Impact.class},
        footerHeading = "%n",
        footer = {"Examples:",
            "  java -jar scrub837.jar data install mue-practitioner MCR_MUE_PractitionerServices_Eff_01-01-2026.zip",
            "  java -jar scrub837.jar data install icd10cm https://example.org/icd10cm_order_2026.txt",
            "  java -jar scrub837.jar data list --date 2026-02-15",
            "  java -jar scrub837.jar data impact hcpcs HCPC2026_APR_ANWEB.zip --sample work/archive"})
final class DataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    static ReferenceKind kind(String id) {
        return ReferenceKind.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown kind '" + id
                + "' (known: " + ReferenceKind.ids() + ")"));
    }

    static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date (expected yyyy-mm-dd)");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the installed editions, and which one a date of service uses.")
    static final class ListEditions implements Callable<Integer> {
        @Mixin
        ConfigFolderOption config;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "Show the editions a claim with this date of service uses (default: today).")
        String date;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ReferenceData data = ReferenceData.open(config.folder);
            LocalDate on = date == null ? LocalDate.now() : date("--date", date);
            List<Edition> editions = data.list();
            if (editions.isEmpty()) {
                out.println("No reference editions installed in " + data.folder() + ". Install one with:");
                out.println("  java -jar scrub837.jar data install KIND FILE|URL   (kinds: " + ReferenceKind.ids() + ")");
                out.flush();
                return 0;
            }
            out.printf("%-31s %-40s %-24s %9s  %-12s %-20s %s%n", "KIND", "EDITION", "DATES OF SERVICE", "ROWS",
                    "SHA-256", "INSTALLED", "SOURCE");
            for (Edition e : editions) {
                out.printf("%-31s %-40s %-24s %9d  %-12s %-20s %s%n", e.kind().id(), e.id(), e.period(), e.rows(),
                        e.sha256().substring(0, 12), e.installedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
                        e.source());
            }
            out.println();
            out.println("A claim line with date of service " + on + " uses:");
            for (ReferenceKind k : ReferenceKind.values()) {
                if (editions.stream().noneMatch(e -> e.kind() == k)) {
                    continue;
                }
                out.println("  " + k.id() + ": " + data.inForce(k, on).map(Edition::id)
                        .orElse("NO EDITION covers this date (the claim gets a warning, the check is not made)"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install a publisher's file (as shipped: CMS ZIP or text) as a dated edition of KIND,"
                    + " after reading it in full; a file that fails changes nothing.",
                "Exit status: 0 installed (or already installed), 2 not installed, 64 usage."})
    static final class Install implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KIND", description = "The kind of data (see scrub837 data --help).")
        String kind;

        @Parameters(index = "1", paramLabel = "FILE|URL", description = "The file, or an https:// address to fetch.")
        String file;

        @Mixin
        ConfigFolderOption config;

        @Option(names = "--effective-from", paramLabel = "YYYY-MM-DD",
                description = "First date of service of the edition (default: from the publisher's file name).")
        String from;

        @Option(names = "--effective-to", paramLabel = "YYYY-MM-DD",
                description = "Last date of service (default: end of the quarter; September 30 for icd10cm; open for pos).")
        String to;

        @Option(names = "--sha256", paramLabel = "HEX", description = "Refuse the file unless its SHA-256 is this.")
        String sha256;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ReferenceKind k = kind(kind);
            LocalDate start = date("--effective-from", from);
            LocalDate end = date("--effective-to", to);
            ScrubSettings settings = ScrubSettings.load(config.folder);
            java.util.Map<String, String> limits = new java.util.HashMap<>();
            for (String key : List.of(ReferenceData.MAX_DOWNLOAD_BYTES_KEY, ReferenceData.DOWNLOAD_TIMEOUT_KEY)) {
                String v = settings.get(key, null);
                if (v != null) {
                    limits.put(key, v);
                }
            }
            ReferenceData.InstallResult r;
            try {
                r = ReferenceData.open(config.folder).install(k, file, start, end, sha256, null, limits);
            } catch (IOException e) {
                spec.commandLine().getErr().println("scrub837 data install: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return ExitCodes.FILE_FAILED;
            }
            PrintWriter out = spec.commandLine().getOut();
            Edition e = r.edition();
            if (r.unchanged()) {
                out.println(e.id() + ": already installed with this content (sha256 " + e.sha256() + ")");
            } else {
                out.println("installed " + e.id() + ": " + e.kind().description() + ", dates of service " + e.period()
                        + ", " + e.rows() + " rows, sha256 " + e.sha256()
                        + (r.replaced() == null ? "" : " (replaces the earlier file of this edition, sha256 "
                                + r.replaced().sha256() + ")"));
                out.println("a running service uses it after a restart");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Re-check every installed edition against its recorded checksum, layout and rows.",
                "Exit status: 0 all intact, 1 a problem found."})
    static final class Verify implements Callable<Integer> {
        @Mixin
        ConfigFolderOption config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            int bad = 0;
            List<ReferenceData.Verification> all = ReferenceData.open(config.folder).verify();
            for (ReferenceData.Verification v : all) {
                out.println(v.edition().id() + ": " + (v.ok() ? "ok (" + v.edition().rows() + " rows, sha256 "
                        + v.edition().sha256() + ")" : "FAILED: " + v.problem()));
                bad += v.ok() ? 0 : 1;
            }
            out.println(all.size() + " edition(s) checked, " + bad + " failed");
            out.flush();
            return bad == 0 ? 0 : 1;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an installed edition by its id.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "EDITION", description = "The edition id, as data list shows it.")
        String id;

        @Mixin
        ConfigFolderOption config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!ReferenceData.open(config.folder).remove(id)) {
                spec.commandLine().getErr().println("scrub837 data remove: no edition '" + id + "' is installed");
                return ExitCodes.USAGE;
            }
            spec.commandLine().getOut().println("removed " + id);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "impact", mixinStandardHelpOptions = true,
            description = {"Scrub a sample with and without a new edition (not installed) and list the claims"
                    + " whose verdict or findings change, grouped by rule and code.",
                "Exit status: 0 no claim changes, 1 some claim changes, 2 the file cannot be read."})
    static final class Impact implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KIND", description = "The kind of data.")
        String kind;

        @Parameters(index = "1", paramLabel = "NEW-FILE", description = "The publisher's file, not yet installed.")
        Path file;

        @Mixin
        ConfigFolderOption config;

        @Option(names = "--sample", paramLabel = "DIR",
                description = "837 files to scrub (default: the service's archive folder, scrub.archive).")
        Path sample;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
                description = "Scrub at most this many files, the newest first (default: ${DEFAULT-VALUE}).")
        int limit = 200;

        @Option(names = "--effective-from", paramLabel = "YYYY-MM-DD",
                description = "First date of service of the new edition (default: from its file name).")
        String from;

        @Option(names = "--effective-to", paramLabel = "YYYY-MM-DD", description = "Last date of service.")
        String to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ReferenceKind k = kind(kind);
            Path folder = sample != null ? sample : ScrubSettings.load(config.folder).archive();
            ImpactReport report;
            try {
                report = ImpactReport.run(config.folder, k, file, date("--effective-from", from), date("--effective-to", to),
                        folder, Math.max(1, limit));
            } catch (IOException e) {
                spec.commandLine().getErr().println("scrub837 data impact: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return ExitCodes.FILE_FAILED;
            }
            PrintWriter out = spec.commandLine().getOut();
            report.print(out);
            out.flush();
            return report.changedClaims() == 0 ? 0 : 1;
        }
    }
}
