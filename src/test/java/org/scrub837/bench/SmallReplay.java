package org.scrub837.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.cli.ExitCodes;
import org.scrub837.cli.Scrub837;

import picocli.CommandLine;

/**
 * Runs the {@code replay} command in this JVM, exactly as the command line would (the same
 * parsing, engine load and file loop), with its one line per file thrown away.
 */
final class SmallReplay {

    private SmallReplay() {
    }

    /**
     * Replays {@code inputs} into {@code outDir}; returns replay's exit status. A usage error or a
     * failed file stops the benchmark: every generated file must scrub.
     */
    static int run(Path config, String formats, Path outDir, List<Path> inputs) {
        List<String> args = new ArrayList<>(inputs.size() + 6);
        args.add("replay");
        args.add("--config");
        args.add(config.toString());
        args.add("--out");
        args.add(outDir.toString());
        if (formats != null) {
            args.add("--formats");
            args.add(formats);
        }
        for (Path p : inputs) {
            args.add(p.toString());
        }
        StringWriter errors = new StringWriter();
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(OutputStream.nullOutputStream()));
        cl.setErr(new PrintWriter(errors, true));
        int exit = cl.execute(args.toArray(String[]::new));
        if (exit != ExitCodes.ACCEPTED && exit != ExitCodes.CLAIMS_REJECTED) {
            throw new IllegalStateException("replay ended with exit status " + exit + ": " + errors);
        }
        return exit;
    }
}
