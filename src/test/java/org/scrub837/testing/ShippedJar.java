package org.scrub837.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runnable jar as it ships ({@code java -jar target/scrub837.jar}), for the end-to-end tests of
 * the service, the API and SFTP: run from the test class path, packaging defects (a manifest entry
 * missing, a resource overwritten by the fat jar) would pass unseen. Those tests carry the JUnit tag
 * {@value #TAG}; Maven runs them in the {@code shipped-jar} execution after {@code package}
 * ({@code mvn verify}). Run on their own they need a jar at least as new as {@code target/classes}
 * ({@code mvn -o -q package -DskipTests} first); in the plain test phase they are skipped with a
 * message, since the jar is not built yet.
 */
public final class ShippedJar {

    /** The JUnit tag of tests that run the shipped jar. */
    public static final String TAG = "shipped-jar";

    private ShippedJar() {
    }

    /** {@code target/scrub837.jar}, current; a test is skipped (or, in the shipped-jar run, fails) otherwise. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("scrub.jar", "target/scrub837.jar")).toAbsolutePath();
        String problem = problem(jar);
        if (problem != null) {
            if (Boolean.getBoolean("scrub.jar.required")) {
                throw new AssertionError(problem);
            }
            assumeTrue(false, problem + ": test of the shipped jar skipped (mvn verify runs it after packaging)");
        }
        return jar;
    }

    /**
     * {@code java [jvmOptions] -jar target/scrub837.jar [args]} with this JVM's java.
     */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String problem(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return jar + " is missing (mvn -o -q package -DskipTests builds it)";
        }
        Path classes = Path.of("target/classes");
        if (!Files.isDirectory(classes)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            FileTime built = Files.getLastModifiedTime(jar);
            // classes only: every Maven run rewrites some filtered resources (version.properties)
            FileTime newest = files.filter(p -> p.toString().endsWith(".class")).map(ShippedJar::modified)
                    .max(FileTime::compareTo).orElse(built);
            return newest.compareTo(built) > 0 ? jar + " is older than target/classes (mvn -o -q package -DskipTests"
                    + " rebuilds it)" : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
