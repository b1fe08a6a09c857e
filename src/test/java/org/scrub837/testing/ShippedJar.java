package org.scrub837.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command that starts scrub837 as an operator does: {@code java -jar target/scrub837.jar}, the
 * shipped jar, when it is there and not older than the compiled classes (build it with
 * {@code mvn -B package -DskipTests} before the tests). Otherwise the same main class on the test
 * classpath, and a line on stderr says so: a stale jar would test yesterday's code.
 */
public final class ShippedJar {

    private static final Path JAR = Path.of(System.getProperty("scrub.jar", "target/scrub837.jar"));
    private static final Path CLASSES = Path.of("target/classes");

    private ShippedJar() {
    }

    /**
     * @param jvmOptions options of the JVM (-Xmx, -D...)
     * @param args       the command line of scrub837 (run --config DIR, ...)
     */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        if (usable()) {
            cmd.add("-jar");
            cmd.add(JAR.toAbsolutePath().toString());
        } else {
            System.err.println("ShippedJar: " + JAR + " missing or older than " + CLASSES
                    + ": running the classes instead (mvn -B package -DskipTests builds the jar)");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("org.scrub837.cli.Scrub837");
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Whether the jar is there and at least as new as every compiled class (resources are copied again by every build). */
    public static boolean usable() {
        if (!Files.isRegularFile(JAR)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(CLASSES)) {
            FileTime jar = Files.getLastModifiedTime(JAR);
            return s.filter(p -> p.toString().endsWith(".class")).noneMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).compareTo(jar) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }
}
