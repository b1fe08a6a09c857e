package org.scrub837.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;

/**
 * {@code B.999}: the implementation acknowledgment (005010X231A1) of every functional group of the
 * input, one 999 transaction per group. Only syntax and structure issues the reader found are
 * reported (from the {@link EnvelopeEnd}s); business-rule findings never appear here.
 *
 * <p>Per transaction: AK2 (ST01, ST02, ST03), then for every segment issue an IK3 (segment id,
 * position with ST = 1, loop id, IK304 code) followed by {@code CTX*CLM01:<patient control number>}
 * when the segment lies within a claim, then an IK4 per element issue of that segment (position
 * and component, data element reference, IK403 code; the bad value is left out because it may be
 * PHI). Element issues of a segment without its own segment issue get an IK3 with code 8 (segment
 * has data element errors).
 *
 * <p>IK5, decided per transaction (the engine forwards the claims of a transaction whose only
 * issues are repaired envelope counts, and rejects just the claims that carry syntax issues):
 * <ul>
 * <li>A: no issue;</li>
 * <li>E: issues, and the transaction still delivered claims: either its only issues are a wrong
 *     SE01 (IK502 4) or an SE02 differing from ST02 (IK502 3), which the split 837 rewrites, or
 *     segment/element issues confined to some claims while at least one claim is free of them
 *     (IK502 5 plus transaction codes);</li>
 * <li>R: segment/element issues and no claim free of them (an issue in the header or a level
 *     makes every claim below it unusable), a missing SE (IK502 2), or any other transaction
 *     issue code.</li>
 * </ul>
 * AK9: A when every transaction is A, E when none is R but some is E or the group had issues of
 * its own (AK905.. codes, e.g. 5 for a wrong GE01, which the split rewrites), P when some but not
 * all are R, R when all are R or none was received. AK902 repeats GE01 (or the count received
 * when GE01 is missing or not a number), AK903 counts received, AK904 accepted (A or E).
 *
 * <p>Implementation-guide findings that reject their claim carry their own IK3/IK4
 * ({@link org.scrub837.model.Finding#ackIssue()}): they are reported with the reader's issues, in
 * segment position order, each once per transaction however many claims share the segment (a
 * billing provider's N4 under a hundred claims gives one IK3), and count as segment issues for IK5.
 *
 * <p>A failed file gets no 999 (its reports say why); a file without any group neither. Memory per
 * transaction holds the position ranges of the claims that carry syntax issues only.
 */
public final class Ack999Writer implements ResultWriter {

    static final String VERSION = "005010X231A1";

    private static final Set<String> REPAIRED_TRANSACTION_CODES = Set.of("3", "4");

    private final Path target;
    private final ControlNumbers numbers;
    private final Clock clock;

    private AckOutput out;
    private Interchange interchange;

    private boolean groupOpen;
    private int received;
    private int accepted;
    private int rejectedSets;
    private int withErrors;

    private final List<ClaimSpan> spansWithIssues = new ArrayList<>();
    /** Guide issues of the transaction's rejected claims, once each (shared levels repeat them per claim). */
    private final Set<SyntaxIssue> guideIssues = new LinkedHashSet<>();
    private int claimsInTransaction;
    private int claimsWithoutIssues;

    /** A 999 keeping the input's control numbers for ISA13/GS06, dated by the system clock. */
    public Ack999Writer(Path target) {
        this(target, OriginalControlNumbers.INSTANCE, Clock.systemUTC());
    }

    public Ack999Writer(Path target, ControlNumbers numbers, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void startInterchange(Interchange ic) {
        interchange = ic;
    }

    @Override
    public void startGroup(FunctionalGroup group) throws IOException {
        if (out == null) {
            out = new AckOutput(target, interchange != null ? interchange : group.interchange(), group, "FA", VERSION,
                    numbers, clock);
        }
        out.startTransaction("999", VERSION);
        out.segment("AK1", group.functionalId(), group.controlNumber(), group.version());
        groupOpen = true;
        received = 0;
        accepted = 0;
        rejectedSets = 0;
        withErrors = 0;
    }

    @Override
    public void startTransaction(Transaction transaction) {
        spansWithIssues.clear();
        guideIssues.clear();
        claimsInTransaction = 0;
        claimsWithoutIssues = 0;
    }

    @Override
    public void claim(ClaimResult result) {
        Claim claim = result.claim();
        claimsInTransaction++;
        boolean guide = false;
        for (Finding f : result.findings()) {
            if (f.ackIssue() != null && f.rejects()) {
                guideIssues.add(f.ackIssue());
                guide = true;
            }
        }
        if (claim.syntaxIssues().isEmpty() && !guide) {
            claimsWithoutIssues++;
        } else {
            List<Segment> segs = claim.segments();
            spansWithIssues.add(new ClaimSpan(segs.get(0).position(), segs.get(segs.size() - 1).position(),
                    claim.claimId()));
        }
    }

    @Override
    public void endTransaction(Transaction tx, EnvelopeEnd end) throws IOException {
        if (!groupOpen) {
            return;
        }
        received++;
        out.segment("AK2", tx.transactionSetId(), tx.controlNumber(), tx.implementationConvention());
        boolean segmentIssues = false;
        Set<String> codes = new LinkedHashSet<>();
        int openIk3 = -1;
        String openTag = null;
        for (SyntaxIssue issue : inPositionOrder(end.issues())) {
            switch (issue.scope()) {
                case SEGMENT -> {
                    segmentIssues = true;
                    writeIk3(issue, issue.code());
                    openIk3 = issue.segmentPosition();
                    openTag = issue.segmentTag();
                }
                case ELEMENT -> {
                    segmentIssues = true;
                    if (openIk3 != issue.segmentPosition() || !Objects.equals(openTag, issue.segmentTag())) {
                        writeIk3(issue, "8");
                        openIk3 = issue.segmentPosition();
                        openTag = issue.segmentTag();
                    }
                    writeIk4(issue);
                }
                case TRANSACTION -> codes.add(issue.code());
                default -> {
                    // group and interchange issues are reported in AK9 or not at all (TA1)
                }
            }
        }
        if (!end.trailerPresent()) {
            codes.add("2");
        }
        String status;
        if (segmentIssues) {
            codes.add("5");
            status = claimsWithoutIssues > 0 && onlyRepaired(codes, "5") ? "E" : "R";
        } else if (codes.isEmpty()) {
            status = "A";
        } else {
            status = onlyRepaired(codes, null) && claimsInTransaction > 0 ? "E" : "R";
        }
        List<Object> ik5 = new ArrayList<>();
        ik5.add(status);
        codes.stream().limit(5).forEach(ik5::add);
        out.segment("IK5", ik5.toArray());
        switch (status) {
            case "R" -> rejectedSets++;
            case "E" -> { withErrors++; accepted++; }
            default -> accepted++;
        }
        spansWithIssues.clear();
        guideIssues.clear();
    }

    /**
     * The reader's issues with the guide issues merged in by segment position (stable: the reader's
     * first at equal positions). Without guide issues, the reader's list as it is.
     */
    private List<SyntaxIssue> inPositionOrder(List<SyntaxIssue> readerIssues) {
        if (guideIssues.isEmpty() && readerIssues.stream().noneMatch(Ack999Writer::isGuideIssue)) {
            return readerIssues;
        }
        List<SyntaxIssue> all = new ArrayList<>(readerIssues.size() + guideIssues.size());
        all.addAll(readerIssues);
        all.addAll(guideIssues);
        all.sort(java.util.Comparator.comparingInt(i -> i.scope() == SyntaxIssue.Scope.SEGMENT
                || i.scope() == SyntaxIssue.Scope.ELEMENT ? i.segmentPosition() : Integer.MAX_VALUE));
        return all;
    }

    /** Guide issues of a transaction without claims come with the transaction's own issues. */
    private static boolean isGuideIssue(SyntaxIssue issue) {
        return issue.description() != null && issue.description().startsWith("IG-");
    }

    private static boolean onlyRepaired(Set<String> codes, String alsoAllowed) {
        for (String c : codes) {
            if (!REPAIRED_TRANSACTION_CODES.contains(c) && !c.equals(alsoAllowed)) {
                return false;
            }
        }
        return true;
    }

    private void writeIk3(SyntaxIssue issue, String code) throws IOException {
        out.segment("IK3", nz(issue.segmentTag()), Integer.toString(issue.segmentPosition()), nz(issue.loopId()), code);
        String claimId = claimAt(issue.segmentPosition());
        if (claimId != null) {
            out.segment("CTX", (Object) new String[] {"CLM01", claimId});
        }
    }

    private void writeIk4(SyntaxIssue issue) throws IOException {
        String[] position = issue.componentPosition() == null
                ? new String[] {nz(issue.elementPosition())}
                : new String[] {nz(issue.elementPosition()), issue.componentPosition().toString()};
        out.segment("IK4", position, nz(issue.elementReference()), issue.code());
    }

    private String claimAt(int position) {
        for (ClaimSpan span : spansWithIssues) {
            if (position >= span.first && position <= span.last) {
                return span.claimId;
            }
        }
        return null;
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) throws IOException {
        if (!groupOpen) {
            return;
        }
        Set<String> groupCodes = new LinkedHashSet<>();
        for (SyntaxIssue issue : end.issues()) {
            if (issue.scope() == SyntaxIssue.Scope.GROUP) {
                groupCodes.add(issue.code());
            }
        }
        String status;
        if (received == 0 || rejectedSets == received) {
            status = "R";
        } else if (rejectedSets > 0) {
            status = "P";
        } else if (withErrors > 0 || !groupCodes.isEmpty()) {
            status = "E";
        } else {
            status = "A";
        }
        String included = end.declaredCount() != null && end.declaredCount().matches("\\d{1,6}")
                ? end.declaredCount() : Integer.toString(received);
        List<Object> ak9 = new ArrayList<>(List.of(status, included, Integer.toString(received),
                Integer.toString(accepted)));
        groupCodes.stream().limit(5).forEach(ak9::add);
        out.segment("AK9", ak9.toArray());
        out.endTransaction();
        groupOpen = false;
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        if (out == null) {
            return;
        }
        if (outcome.status() == FileStatus.FAILED || groupOpen) {
            // a failed file, or one that ended inside a group, is not acknowledged here
            close();
            return;
        }
        AckOutput done = out;
        out = null;
        done.commit();
    }

    @Override
    public void close() {
        if (out != null) {
            out.discard();
            out = null;
        }
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    private record ClaimSpan(int first, int last, String claimId) {
    }
}
