package org.scrub837.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.scrub837.scrub.ScrubSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints the health and counters of a running watch-folder service, read from its HTTP endpoint
 * ({@code /observe/health/ready}, {@code /observe/health/live}, {@code /observe/metrics}).
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the health and counters of a running watch-folder service (read over HTTP).",
            "Exit status: 0 ready, 1 running but not ready, 2 no answer."})
final class StatusCommand implements Callable<Integer> {

    /** The service answered and is ready. */
    static final int READY = 0;
    /** The service answered and is not ready (a folder is missing, the disk is nearly full ...). */
    static final int NOT_READY = 1;
    /** No answer: the service is not running, or its HTTP server is off (scrub.http.port = 0). */
    static final int NO_ANSWER = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"([^\"]*)\"");

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Configuration folder, for scrub.http.host and scrub.http.port (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("config");

    @Option(names = "--url", paramLabel = "URL",
            description = "The service's address, e.g. http://127.0.0.1:8080 (default: from the configuration).")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String base = url != null ? url : fromSettings();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        PrintWriter out = spec.commandLine().getOut();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Answer ready;
        Answer live;
        Answer metrics;
        try {
            ready = get(http, base + "/observe/health/ready");
            live = get(http, base + "/observe/health/live");
            metrics = get(http, base + "/observe/metrics");
        } catch (IOException e) {
            spec.commandLine().getErr().println("scrub837: no answer from " + base + " (" + e.getClass().getSimpleName()
                    + "); is the service running with scrub.http.port set?");
            return NO_ANSWER;
        }
        boolean isReady = ready.status() == 200;
        out.println("scrub837 service at " + base + ": " + (isReady ? "ready" : "NOT READY"));
        printHealth(out, "readiness", ready.body());
        printHealth(out, "liveness", live.body());
        Map<String, Double> samples = samples(metrics.body());
        out.println("files:    accepted " + count(samples, "scrub837_files_total", "outcome", "accepted")
                + ", partial " + count(samples, "scrub837_files_total", "outcome", "partial")
                + ", rejected " + count(samples, "scrub837_files_total", "outcome", "rejected")
                + ", failed " + count(samples, "scrub837_files_total", "outcome", "failed")
                + ", duplicate " + count(samples, "scrub837_files_total", "outcome", "duplicate")
                + ", error " + count(samples, "scrub837_files_total", "outcome", "error"));
        out.println("claims:   accepted " + count(samples, "scrub837_claims_total", "result", "accepted")
                + ", rejected " + count(samples, "scrub837_claims_total", "result", "rejected"));
        out.println("inbox:    " + count(samples, "scrub837_inbox_backlog_files", null, null) + " file(s) waiting");
        Map<String, Long> rules = new TreeMap<>();
        samples.forEach((key, value) -> {
            Map<String, String> labels = labels(key);
            if (key.startsWith("scrub837_findings_total{") && labels.containsKey("rule")) {
                rules.put(labels.get("rule"), Math.round(value));
            }
        });
        if (!rules.isEmpty()) {
            StringBuilder line = new StringBuilder("findings:");
            rules.forEach((rule, n) -> line.append(' ').append(rule).append(' ').append(n).append(','));
            line.setLength(line.length() - 1);
            out.println(line);
        }
        out.flush();
        return isReady ? READY : NOT_READY;
    }

    private String fromSettings() throws IOException {
        ScrubSettings s = ScrubSettings.load(config);
        if (s.httpPort() == 0) {
            throw new IllegalArgumentException("scrub.http.port is 0 in " + s.configDir()
                    + ": the service has no HTTP endpoint; set it, or pass --url");
        }
        String host = s.httpHost().equals("0.0.0.0") ? "127.0.0.1" : s.httpHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + s.httpPort();
    }

    private record Answer(int status, String body) {
    }

    private static Answer get(HttpClient http, String address) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void printHealth(PrintWriter out, String what, String body) throws IOException {
        JsonNode health = JSON.readTree(body);
        out.println(what + ": " + health.path("status").asText("?"));
        for (JsonNode check : health.path("checks")) {
            String message = check.path("message").asText("");
            out.println("  " + check.path("name").asText() + ": " + check.path("status").asText()
                    + (message.isEmpty() ? "" : " (" + message + ")"));
        }
    }

    /** Every sample of the Prometheus text, by its name and labels as written. */
    static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (m.find()) {
                try {
                    samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(4)));
                } catch (NumberFormatException ignored) {
                    // not a number we show
                }
            }
        }
        return samples;
    }

    private static Map<String, String> labels(String sample) {
        Map<String, String> labels = new TreeMap<>();
        Matcher m = LABEL.matcher(sample);
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }

    private static long count(Map<String, Double> samples, String name, String label, String value) {
        double total = 0;
        for (Map.Entry<String, Double> e : samples.entrySet()) {
            String key = e.getKey();
            if (key.equals(name) || key.startsWith(name + "{")) {
                if (label == null || value.equals(labels(key).get(label))) {
                    total += e.getValue();
                }
            }
        }
        return Math.round(total);
    }
}
