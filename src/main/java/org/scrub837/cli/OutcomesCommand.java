package org.scrub837.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.scrub837.responses.Outcomes;
import org.scrub837.responses.OutcomesPage;
import org.scrub837.responses.OutcomesText;
import org.scrub837.responses.ResponseStore;
import org.scrub837.responses.RuleHints;
import org.scrub837.scrub.ScrubSettings;
import org.scrub837.settings.SettingsCatalogue;
import org.scrub837.store.ClaimStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What payers made of the claims the service forwarded (docs/outcomes.md): first-pass acceptance by
 * payer and day, escapes grouped by the payer's code with rule misses first, claims still waiting,
 * responses that matched nothing.
 */
@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "First-pass acceptance by payer and day, escapes (claims we passed that the payer rejected),"
                + " claims waiting for an answer, and responses that matched nothing (needs scrub.jdbc.url)."
                + " Exit 0, or 64 without a database.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar scrub837.jar outcomes                          everything recorded",
                "  java -jar scrub837.jar outcomes --since 2026-12-01 --payer 00952",
                "  java -jar scrub837.jar outcomes --html outcomes.html   also as a page"},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
final class OutcomesCommand implements Callable<Integer> {

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only claims forwarded on or after this day (UTC), e.g. 2026-12-01.")
    LocalDate since;

    @Option(names = "--payer", paramLabel = "ID", description = "Only this payer (2010BB NM1*PR NM109).")
    String payer;

    @Option(names = "--waiting-days", paramLabel = "N",
            description = "List claims without a front-end answer N days after forwarding (default: scrub.outcomes.waitingDays, 7).")
    Integer waitingDays;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the outcomes as an HTML page.")
    Path html;

    @Mixin
    ConfigFolderOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScrubSettings settings = ScrubSettings.load(config.folder);
        Optional<ClaimStore> store = ClaimStore.openForLookUp(settings);
        if (store.isEmpty()) {
            spec.commandLine().getErr().println("scrub837 outcomes: no database configured (set scrub.jdbc.url in "
                    + config.folder.resolve(ScrubSettings.FILE_NAME) + "; see docs/deploy.md): the outcomes need the store");
            return ExitCodes.USAGE;
        }
        int days = waitingDays != null ? waitingDays
                : SettingsCatalogue.OUTCOMES_WAITING_DAYS.wholeInt(settings.properties());
        Instant now = Instant.now();
        Outcomes.Report report = Outcomes.compute(new ResponseStore(store.get().database()),
                RuleHints.load(settings.configDir()), since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant(),
                payer, days, now);
        PrintWriter out = spec.commandLine().getOut();
        OutcomesText.print(report, out);
        if (html != null) {
            OutcomesPage.write(report, now, html.toAbsolutePath());
        }
        return ExitCodes.ACCEPTED;
    }
}
