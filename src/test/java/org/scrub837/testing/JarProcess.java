package org.scrub837.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** scrub837 from the shipped jar ({@link ShippedJar}) as its own process, its output in a log file. */
public final class JarProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param cwd the working directory
     * @param env variables added to the environment
     */
    public static JarProcess start(Path cwd, Path log, Map<String, String> env, List<String> jvmOptions,
            String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(jvmOptions, args));
        pb.directory(cwd.toFile());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return new JarProcess(pb.start(), log);
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Whether the log holds this text so far (an unreadable log counts as not yet). */
    public boolean logContains(String text) {
        try {
            return log().contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits for the condition (60 s at most), failing with the log when the process died first. */
    public void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError(what + ": the process exited with " + process.exitValue() + "\n" + log());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 60 s\n" + log());
            }
            Thread.sleep(100);
        }
    }

    /** Sends SIGTERM (Process.destroy on POSIX) and returns the exit status. */
    public int terminate() throws Exception {
        process.destroy();
        return exitStatus();
    }

    public int exitStatus() throws Exception {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new AssertionError("did not exit\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
