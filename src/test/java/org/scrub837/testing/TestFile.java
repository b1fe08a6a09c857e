package org.scrub837.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Delimiters;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.write.ResultWriter;

/**
 * Describes a whole 837 in code (interchanges, groups, transactions, billing providers,
 * subscribers, patients and claims) and feeds it to writers in file order, the way the engine
 * does. Positions, HL ids and trailer counts are consistent with the segments built. A builder
 * call without its parent (a claim before any transaction) opens default parents.
 */
public final class TestFile {

    private final ClaimType type;
    private final List<Ix> interchanges = new ArrayList<>();

    private TestFile(ClaimType type) {
        this.type = type;
    }

    public static TestFile professional() {
        return new TestFile(ClaimType.PROFESSIONAL);
    }

    public static TestFile institutional() {
        return new TestFile(ClaimType.INSTITUTIONAL);
    }

    public TestFile interchange(String isa13) {
        interchanges.add(new Ix(isa13));
        return this;
    }

    public TestFile group(String gs06) {
        if (interchanges.isEmpty()) {
            interchange(String.format("%09d", interchanges.size() + 1));
        }
        last(interchanges).groups.add(new Gx(gs06));
        return this;
    }

    public TestFile transaction(String st02) {
        Ix ix = interchanges.isEmpty() ? null : last(interchanges);
        if (ix == null || ix.groups.isEmpty()) {
            group("1");
        }
        last(last(interchanges).groups).transactions.add(new Tx(st02));
        return this;
    }

    /** A syntax issue reported at the end of the current transaction (its EnvelopeEnd). */
    public TestFile issue(SyntaxIssue issue) {
        currentTx().issues.add(issue);
        return this;
    }

    public TestFile provider(String npi) {
        currentTx().providers.add(new Px(npi));
        return this;
    }

    public TestFile subscriber(String memberId) {
        Tx tx = currentTx();
        if (tx.providers.isEmpty()) {
            provider("1234567893");
        }
        last(tx.providers).subscribers.add(new Sx(memberId));
        return this;
    }

    public TestFile patient(String lastName) {
        Sx sx = currentSubscriber();
        sx.patients.add(new Pt(lastName));
        return this;
    }

    /** Adds a claim under the current patient, or under the current subscriber when no patient was opened since. */
    public TestFile claim(TestClaims claim) {
        Sx sx = currentSubscriber();
        ClaimSpec spec = new ClaimSpec(claim);
        if (sx.patients.isEmpty()) {
            sx.claims.add(spec);
        } else {
            last(sx.patients).claims.add(spec);
        }
        currentTx().lastClaim = spec;
        return this;
    }

    /**
     * A syntax issue inside the last claim added, on its first segment with the given tag: it goes
     * to the claim's syntax issues and to its transaction's EnvelopeEnd.
     *
     * @param elementPosition for {@link SyntaxIssue.Scope#ELEMENT}, else null
     */
    public TestFile claimIssue(SyntaxIssue.Scope scope, String code, String segmentTag, Integer elementPosition,
            String elementReference) {
        Tx tx = currentTx();
        if (tx.lastClaim == null) {
            throw new IllegalStateException("no claim yet in this transaction");
        }
        tx.lastClaim.issues.add(new IssueSpec(scope, code, segmentTag, elementPosition, elementReference));
        return this;
    }

    /**
     * A segment issue in the transaction header (ST = 1 .. 1000B NM1 = 5): it makes every claim of
     * the transaction unusable, so it goes to each claim's syntax issues and to the EnvelopeEnd.
     */
    public TestFile headerIssue(String code, String segmentTag, int position) {
        currentTx().headerIssues.add(new SyntaxIssue(SyntaxIssue.Scope.SEGMENT, code, segmentTag, position, "1000A",
                null, null, null, "test header issue"));
        return this;
    }

    /** Claims of the file, built and judged, without issues attached (convenience for expectations). */
    public List<Claim> claims() throws IOException {
        return feed(c -> new ClaimResult(c, List.of(), "")).stream().map(ClaimResult::claim).toList();
    }

    private Tx currentTx() {
        Ix ix = interchanges.isEmpty() ? null : last(interchanges);
        if (ix == null || ix.groups.isEmpty() || last(ix.groups).transactions.isEmpty()) {
            transaction("0001");
        }
        return last(last(last(interchanges).groups).transactions);
    }

    private Sx currentSubscriber() {
        Tx tx = currentTx();
        if (tx.providers.isEmpty() || last(tx.providers).subscribers.isEmpty()) {
            subscriber("MEMBER1");
        }
        return last(last(tx.providers).subscribers);
    }

    /** Every claim of the file, built, judged by {@code judge}, with no writer fed. */
    public List<ClaimResult> results(Function<Claim, ClaimResult> judge) throws IOException {
        return feed(judge);
    }

    /**
     * Feeds the file to the writers in file order (start/claim/end events; finish is left to the
     * caller) and returns the results fed, in order.
     */
    public List<ClaimResult> feed(Function<Claim, ClaimResult> judge, ResultWriter... writers) throws IOException {
        List<ClaimResult> results = new ArrayList<>();
        Delimiters d = Delimiters.DEFAULT;
        String version = type == ClaimType.PROFESSIONAL ? "005010X222A1" : "005010X223A2";
        int filePosition = 0;
        long ordinal = 1;
        int interchangeOrdinal = 0;
        for (Ix ix : interchanges) {
            List<String> isaElements = List.of("00", "          ", "00", "          ", "ZZ", "SUBMITTER      ", "ZZ",
                    "RECEIVER       ", "260101", "1200", "^", "00501", ix.isa13, "0", "T", ":");
            Interchange ic = new Interchange(new Segment("ISA", "ISA*" + String.join("*", isaElements), ++filePosition),
                    isaElements, d, ++interchangeOrdinal);
            for (ResultWriter w : writers) {
                w.startInterchange(ic);
            }
            int groupOrdinal = 0;
            for (Gx gx : ix.groups) {
                List<String> gsElements = List.of("HC", "SUBMITTER", "RECEIVER", "20260101", "1200", gx.gs06, "X",
                        version);
                FunctionalGroup group = new FunctionalGroup(ic,
                        new Segment("GS", "GS*" + String.join("*", gsElements), ++filePosition), gsElements,
                        ++groupOrdinal);
                for (ResultWriter w : writers) {
                    w.startGroup(group);
                }
                int txOrdinal = 0;
                for (Tx tx : gx.transactions) {
                    List<Segment> header = List.of(
                            new Segment("ST", "ST*837*" + tx.st02 + "*" + version, 1),
                            new Segment("BHT", "BHT*0019*00*BATCH" + tx.st02 + "*20260101*1200*CH", 2),
                            new Segment("NM1", "NM1*41*2*SUBMITTER*****46*S1", 3),
                            new Segment("PER", "PER*IC*CONTACT*TE*5555551234", 4),
                            new Segment("NM1", "NM1*40*2*RECEIVER*****46*R1", 5));
                    Transaction transaction = new Transaction(group, "837", tx.st02, version, type, header, ++txOrdinal);
                    for (ResultWriter w : writers) {
                        w.startTransaction(transaction);
                    }
                    int pos = 6;
                    int hl = 0;
                    List<SyntaxIssue> txIssues = new ArrayList<>(tx.headerIssues);
                    for (Px px : tx.providers) {
                        int providerId = ++hl;
                        HierarchyLevel provider = new HierarchyLevel(Integer.toString(providerId), "", "20", "1", List.of(
                                new Segment("HL", "HL*" + providerId + "**20*1", pos++),
                                new Segment("NM1", "NM1*85*2*CLINIC " + px.npi + "*****XX*" + px.npi, pos++),
                                new Segment("N3", "N3*1 MAIN ST", pos++),
                                new Segment("N4", "N4*CITY*ST*12345", pos++),
                                new Segment("REF", "REF*EI*123456789", pos++)));
                        for (Sx sx : px.subscribers) {
                            int subscriberId = ++hl;
                            String child = sx.patients.isEmpty() ? "0" : "1";
                            HierarchyLevel subscriber = new HierarchyLevel(Integer.toString(subscriberId),
                                    Integer.toString(providerId), "22", child, List.of(
                                    new Segment("HL", "HL*" + subscriberId + "*" + providerId + "*22*" + child, pos++),
                                    new Segment("SBR", "SBR*P*" + (sx.patients.isEmpty() ? "18" : "") + "*******MB", pos++),
                                    new Segment("NM1", "NM1*IL*1*DOE*JANE****MI*" + sx.memberId, pos++),
                                    new Segment("NM1", "NM1*PR*2*MEDICARE*****PI*12345", pos++)));
                            for (ClaimSpec spec : sx.claims) {
                                Claim c = spec.build(transaction, provider, subscriber, null, pos, ordinal++, tx, txIssues);
                                pos = c.segments().get(c.segments().size() - 1).position() + 1;
                                results.add(send(judge.apply(c), writers));
                            }
                            for (Pt pt : sx.patients) {
                                int patientId = ++hl;
                                HierarchyLevel patient = new HierarchyLevel(Integer.toString(patientId),
                                        Integer.toString(subscriberId), "23", "0", List.of(
                                        new Segment("HL", "HL*" + patientId + "*" + subscriberId + "*23*0", pos++),
                                        new Segment("PAT", "PAT*19", pos++),
                                        new Segment("NM1", "NM1*QC*1*" + pt.lastName + "*KID", pos++)));
                                for (ClaimSpec spec : pt.claims) {
                                    Claim c = spec.build(transaction, provider, subscriber, patient, pos, ordinal++, tx,
                                            txIssues);
                                    pos = c.segments().get(c.segments().size() - 1).position() + 1;
                                    results.add(send(judge.apply(c), writers));
                                }
                            }
                        }
                    }
                    txIssues.addAll(tx.issues);
                    EnvelopeEnd se = new EnvelopeEnd(true, Integer.toString(pos), pos, tx.st02, List.copyOf(txIssues));
                    for (ResultWriter w : writers) {
                        w.endTransaction(transaction, se);
                    }
                    filePosition += pos;
                }
                EnvelopeEnd ge = new EnvelopeEnd(true, Integer.toString(gx.transactions.size()), gx.transactions.size(),
                        gx.gs06, List.of());
                filePosition++;
                for (ResultWriter w : writers) {
                    w.endGroup(group, ge);
                }
            }
            EnvelopeEnd iea = new EnvelopeEnd(true, Integer.toString(ix.groups.size()), ix.groups.size(), ix.isa13,
                    List.of());
            filePosition++;
            for (ResultWriter w : writers) {
                w.endInterchange(ic, iea);
            }
        }
        return results;
    }

    private static ClaimResult send(ClaimResult result, ResultWriter[] writers) throws IOException {
        for (ResultWriter w : writers) {
            w.claim(result);
        }
        return result;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static final class Ix {
        final String isa13;
        final List<Gx> groups = new ArrayList<>();

        Ix(String isa13) {
            this.isa13 = isa13;
        }
    }

    private static final class Gx {
        final String gs06;
        final List<Tx> transactions = new ArrayList<>();

        Gx(String gs06) {
            this.gs06 = gs06;
        }
    }

    private static final class Tx {
        final String st02;
        final List<Px> providers = new ArrayList<>();
        final List<SyntaxIssue> issues = new ArrayList<>();
        final List<SyntaxIssue> headerIssues = new ArrayList<>();
        ClaimSpec lastClaim;

        Tx(String st02) {
            this.st02 = st02;
        }
    }

    private static final class Px {
        final String npi;
        final List<Sx> subscribers = new ArrayList<>();

        Px(String npi) {
            this.npi = npi;
        }
    }

    private static final class Sx {
        final String memberId;
        final List<ClaimSpec> claims = new ArrayList<>();
        final List<Pt> patients = new ArrayList<>();

        Sx(String memberId) {
            this.memberId = memberId;
        }
    }

    private static final class Pt {
        final String lastName;
        final List<ClaimSpec> claims = new ArrayList<>();

        Pt(String lastName) {
            this.lastName = lastName;
        }
    }

    private record IssueSpec(SyntaxIssue.Scope scope, String code, String segmentTag, Integer elementPosition,
            String elementReference) {
    }

    /** A claim to build, with the syntax issues to place in it. */
    private static final class ClaimSpec {
        final TestClaims claim;
        final List<IssueSpec> issues = new ArrayList<>();

        ClaimSpec(TestClaims claim) {
            this.claim = claim;
        }

        Claim build(Transaction transaction, HierarchyLevel provider, HierarchyLevel subscriber,
                HierarchyLevel patient, int pos, long ordinal, Tx tx, List<SyntaxIssue> txIssues) {
            Claim c = claim.build(transaction, provider, subscriber, patient, pos, ordinal);
            List<SyntaxIssue> claimIssues = new ArrayList<>(tx.headerIssues);
            for (IssueSpec spec : issues) {
                Segment at = c.segments().stream().filter(s -> s.tag().equals(spec.segmentTag())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("claim has no " + spec.segmentTag()));
                SyntaxIssue issue = new SyntaxIssue(spec.scope(), spec.code(), at.tag(), at.position(), "2300",
                        spec.elementPosition(), null, spec.elementReference(), "test issue");
                claimIssues.add(issue);
                txIssues.add(issue);
            }
            if (claimIssues.isEmpty()) {
                return c;
            }
            return new Claim(c.transaction(), c.billingProvider(), c.subscriber(), c.patient(), c.payer(), c.claimId(),
                    c.totalChargeText(), c.totalCharge(), c.facilityCode(), c.frequencyCode(), c.diagnoses(), c.dates(),
                    c.lines(), c.segments(), List.copyOf(claimIssues), c.ordinal());
        }
    }
}
