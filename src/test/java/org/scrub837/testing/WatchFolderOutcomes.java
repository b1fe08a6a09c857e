package org.scrub837.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the folders of a watch-folder run against its inputs: each input is in exactly one of
 * archive or failed, has its complete outputs exactly once, and nothing else is there (no
 * temporary file, no stray output, nothing left in the inbox). Reports are expected in JSON only
 * ({@code scrub.formats = json}).
 */
public final class WatchFolderOutcomes {

    /** What the run did, once every check passed. */
    public record Summary(int scrubbed, int failed, int skippedDuplicates) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> expectedOutbox = new TreeSet<>();
    private final Set<String> expectedReports = new TreeSet<>();
    private final Set<String> expectedFailed = new TreeSet<>();

    private WatchFolderOutcomes(Path root) {
        this.root = root;
    }

    /** Throws an AssertionError naming every broken promise; else says what happened. */
    public static Summary verify(Path root, Collection<String> inputs) throws IOException {
        return new WatchFolderOutcomes(root).check(inputs);
    }

    private Summary check(Collection<String> inputs) throws IOException {
        List<String> inbox = visible(root.resolve("inbox"));
        if (!inbox.isEmpty()) {
            problems.add("left in the inbox: " + first(inbox));
        }
        Set<String> archived = new TreeSet<>(names(root.resolve("archive")));
        Set<String> failed = new TreeSet<>();
        for (String n : names(root.resolve("failed"))) {
            if (!n.endsWith(".reason.txt")) {
                failed.add(n);
            }
        }
        for (String folder : new String[] {"inbox", "outbox", "reports", "archive", "failed"}) {
            List<String> parts = names(root.resolve(folder)).stream().filter(n -> n.endsWith(".part")).toList();
            if (!parts.isEmpty()) {
                problems.add("temporary files left in " + folder + ": " + first(parts));
            }
        }
        Set<String> both = new TreeSet<>(archived);
        both.retainAll(failed);
        if (!both.isEmpty()) {
            problems.add("in both archive and failed: " + first(both));
        }
        Set<String> expected = new TreeSet<>(inputs);
        Set<String> present = new TreeSet<>(archived);
        present.addAll(failed);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " input(s) in neither archive nor failed: " + first(missing));
        }
        Set<String> extra = new TreeSet<>(present);
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            problems.add("originals that are no input (an input archived twice?): " + first(extra));
        }

        int scrubbed = 0;
        int duplicates = 0;
        for (String name : archived) {
            if (!expected.contains(name)) {
                continue;
            }
            String note = name + ".duplicate.txt";
            if (Files.exists(root.resolve("reports").resolve(note))) {
                duplicates++;
                expectedReports.add(note);
            } else {
                scrubbed++;
                checkArchived(name);
            }
        }
        for (String name : failed) {
            if (expected.contains(name)) {
                checkFailed(name);
            }
        }
        compare("outbox", expectedOutbox);
        compare("reports", expectedReports);
        compare("failed", withFailedOriginals(failed));
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " broken promise(s):\n  " + String.join("\n  ", problems));
        }
        return new Summary(scrubbed, failed.size(), duplicates);
    }

    private Set<String> withFailedOriginals(Set<String> failed) {
        Set<String> all = new TreeSet<>(expectedFailed);
        all.addAll(failed);
        return all;
    }

    /** report.json present and parseable; clean and rejected 837 hold exactly the claims it says. */
    private void checkArchived(String name) throws IOException {
        String base = base(name);
        JsonNode report = report(name, base);
        if (report == null) {
            return;
        }
        String status = report.path("status").asText();
        if (!Set.of("accepted", "partial", "rejected").contains(status)) {
            problems.add(name + ": archived but its report says status '" + status + "'");
        }
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (JsonNode claim : report.path("claims")) {
            ("rejected".equals(claim.path("status").asText()) ? rejected : accepted).add(claim.path("claimId").asText());
        }
        if (accepted.size() != report.path("summary").path("accepted").asInt(-1)
                || rejected.size() != report.path("summary").path("rejected").asInt(-1)) {
            problems.add(name + ": report summary does not match its claims");
        }
        claimFile(name, "outbox", base + ".clean.837", accepted, expectedOutbox);
        claimFile(name, "reports", base + ".rejected.837", rejected, expectedReports);
    }

    private void checkFailed(String name) throws IOException {
        String base = base(name);
        expectedFailed.add(name + ".reason.txt");
        Path reason = root.resolve("failed").resolve(name + ".reason.txt");
        if (!Files.exists(reason) || Files.readString(reason, StandardCharsets.UTF_8).isBlank()) {
            problems.add(name + ": failed without a reason file");
        }
        JsonNode report = report(name, base);
        if (report != null && !"failed".equals(report.path("status").asText())) {
            problems.add(name + ": in failed but its report says '" + report.path("status").asText() + "'");
        }
    }

    private JsonNode report(String name, String base) {
        String reportName = base + ".report.json";
        expectedReports.add(reportName);
        Path file = root.resolve("reports").resolve(reportName);
        if (!Files.exists(file)) {
            problems.add(name + ": no " + reportName);
            return null;
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (!name.equals(node.path("fileName").asText())) {
                problems.add(name + ": " + reportName + " is about '" + node.path("fileName").asText() + "'");
            }
            return node;
        } catch (IOException e) {
            problems.add(name + ": " + reportName + " does not parse: " + e.getMessage());
            return null;
        }
    }

    /** The 837 exists exactly when it has claims to hold, and holds exactly those (by CLM01). */
    private void claimFile(String name, String folder, String file, List<String> claimIds, Set<String> expectedNames)
            throws IOException {
        Path path = root.resolve(folder).resolve(file);
        if (claimIds.isEmpty()) {
            if (Files.exists(path)) {
                problems.add(name + ": " + folder + "/" + file + " exists though no claim belongs in it");
            }
            return;
        }
        expectedNames.add(file);
        if (!Files.exists(path)) {
            problems.add(name + ": " + folder + "/" + file + " is missing");
            return;
        }
        List<String> inFile = clm01s(path);
        if (!inFile.equals(claimIds)) {
            problems.add(name + ": " + folder + "/" + file + " holds claims " + inFile + ", its report says "
                    + claimIds);
        }
        String text = Files.readString(path, StandardCharsets.ISO_8859_1).strip();
        if (!text.endsWith(text.charAt(105) + "") || !text.contains("IEA" + text.charAt(3))) {
            problems.add(name + ": " + folder + "/" + file + " does not end with IEA");
        }
    }

    private void compare(String folder, Set<String> expected) throws IOException {
        Set<String> actual = new TreeSet<>(names(root.resolve(folder)));
        actual.removeIf(n -> n.endsWith(".part"));
        Set<String> stray = new TreeSet<>(actual);
        stray.removeAll(expected);
        if (!stray.isEmpty()) {
            problems.add("unexpected files in " + folder + ": " + first(stray));
        }
    }

    /** CLM01 of every CLM segment, in file order. */
    public static List<String> clm01s(Path x12) throws IOException {
        String text = Files.readString(x12, StandardCharsets.ISO_8859_1);
        char sep = text.charAt(3);
        char terminator = text.charAt(105);
        List<String> ids = new ArrayList<>();
        for (String segment : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String s = segment.strip();
            if (s.startsWith("CLM" + sep)) {
                String[] e = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
                ids.add(e[1]);
            }
        }
        return ids;
    }

    private static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String first(Collection<String> names) {
        List<String> l = new ArrayList<>(names);
        return l.size() <= 10 ? l.toString() : l.subList(0, 10) + " and " + (l.size() - 10) + " more";
    }

    /** Every name in the folder, hidden ones included. */
    public static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The names in the folder that a consumer would pick up (not hidden). */
    public static List<String> visible(Path dir) throws IOException {
        return names(dir).stream().filter(n -> !n.startsWith(".")).toList();
    }
}
