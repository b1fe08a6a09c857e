package org.scrub837.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Compares a scrub's JSON report with the generator's expected outcomes, claim by claim, streaming
 * both (the report's claims come in file order, as the expected rows do). A claim is right when its
 * status is the expected one and, for a claim with a planted defect, the expected rule is among its
 * rejecting findings. Rejections by other rules are tallied by rule id (never by claim content).
 */
public final class ReportCheck {

    /** What the comparison found. */
    public record Result(long compared, long right, long acceptedButExpectedRejected,
            long rejectedButExpectedAccepted, long expectedRuleMissing, long reportOnly, long expectedOnly,
            Map<String, Long> otherRejectingRules, List<String> firstMismatches) {

        public boolean allRight() {
            return right == compared && reportOnly == 0 && expectedOnly == 0;
        }

        public String summary() {
            return String.format("%d of %d claims as expected; accepted but expected rejected %d, rejected but "
                    + "expected accepted %d, expected rule missing %d, claims only in report %d, only expected %d; "
                    + "other rejecting rules %s", right, compared, acceptedButExpectedRejected,
                    rejectedButExpectedAccepted, expectedRuleMissing, reportOnly, expectedOnly, otherRejectingRules);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MISMATCHES_KEPT = 10;

    private ReportCheck() {
    }

    public static Result compare(Path reportJson, Path expectedTsv) throws IOException {
        return compare(List.of(reportJson), expectedTsv);
    }

    /** Several reports (e.g. one per transaction of a parallel scrub), read one after the other in order. */
    public static Result compare(List<Path> reports, Path expectedTsv) throws IOException {
        Tally tally = new Tally();
        try (BufferedReader expected = Files.newBufferedReader(expectedTsv, StandardCharsets.US_ASCII)) {
            String header = expected.readLine();
            if (!Generator837.EXPECTED_HEADER.equals(header)) {
                throw new IOException(expectedTsv + ": not an expected-outcomes file");
            }
            for (Path report : reports) {
                try (JsonParser p = JSON.createParser(report.toFile())) {
                    readReport(p, report, expected, tally);
                }
            }
            for (String row = expected.readLine(); row != null; row = expected.readLine()) {
                tally.expectedOnly++;
            }
        }
        return new Result(tally.compared, tally.right, tally.acceptedButExpectedRejected,
                tally.rejectedButExpectedAccepted, tally.expectedRuleMissing, tally.reportOnly, tally.expectedOnly,
                tally.otherRules, List.copyOf(tally.mismatches));
    }

    private static final class Tally {
        long compared;
        long right;
        long acceptedButExpectedRejected;
        long rejectedButExpectedAccepted;
        long expectedRuleMissing;
        long reportOnly;
        long expectedOnly;
        final Map<String, Long> otherRules = new TreeMap<>();
        final List<String> mismatches = new ArrayList<>();

        void mismatch(String claimId, String what) {
            if (mismatches.size() < MISMATCHES_KEPT) {
                mismatches.add(claimId + ": " + what);
            }
        }
    }

    private static void readReport(JsonParser p, Path report, BufferedReader expected, Tally tally)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException(report + ": not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("claims".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    compareClaim(readClaim(p), expected, tally);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private record ReportedClaim(String claimId, String status, List<String> rejectingRules) {
    }

    private static ReportedClaim readClaim(JsonParser p) throws IOException {
        String claimId = null;
        String status = null;
        List<String> rules = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "claimId" -> claimId = p.getValueAsString();
                case "status" -> status = p.getValueAsString();
                case "findings" -> readFindings(p, rules);
                default -> p.skipChildren();
            }
        }
        return new ReportedClaim(claimId, status, rules);
    }

    private static void readFindings(JsonParser p, List<String> rejectingRules) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String rule = null;
            String severity = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("rule".equals(field)) {
                    rule = p.getValueAsString();
                } else if ("severity".equals(field)) {
                    severity = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
            if (rule != null && "reject".equals(severity)) {
                rejectingRules.add(rule);
            }
        }
    }

    private static void compareClaim(ReportedClaim claim, BufferedReader expected, Tally tally) throws IOException {
        String row = expected.readLine();
        if (row == null) {
            tally.reportOnly++;
            tally.mismatch(claim.claimId(), "in the report, not expected");
            return;
        }
        String[] cells = row.split("\t", -1);
        if (!cells[0].equals(claim.claimId())) {
            throw new IOException("report and expected outcomes out of step: report has " + claim.claimId()
                    + " where " + cells[0] + " was expected");
        }
        tally.compared++;
        String expectedStatus = cells[1];
        String expectedRule = cells[2];
        boolean ok = expectedStatus.equals(claim.status());
        if (!ok) {
            if (Generator837.REJECTED.equals(expectedStatus)) {
                tally.acceptedButExpectedRejected++;
            } else {
                tally.rejectedButExpectedAccepted++;
            }
            tally.mismatch(claim.claimId(), "status " + claim.status() + ", expected " + expectedStatus
                    + (expectedRule.isEmpty() ? "" : " by " + expectedRule) + "; rejecting rules "
                    + claim.rejectingRules());
        } else if (!expectedRule.isEmpty() && !claim.rejectingRules().contains(expectedRule)) {
            ok = false;
            tally.expectedRuleMissing++;
            tally.mismatch(claim.claimId(), "rejected by " + claim.rejectingRules() + ", expected " + expectedRule);
        }
        for (String rule : claim.rejectingRules()) {
            if (!rule.equals(expectedRule)) {
                tally.otherRules.merge(rule, 1L, Long::sum);
            }
        }
        if (ok) {
            tally.right++;
        }
    }
}
