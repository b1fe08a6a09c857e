package org.scrub837.read.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.scrub837.model.ClaimType;
import org.scrub837.model.Delimiters;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.ReaderLimits;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

/**
 * One read of one file: turns StAEDI events into envelopes, segments and claims. Holds only the
 * current envelopes, the current levels and the current claim. Not shared between reads.
 */
final class ReadSession {

    private static final String VERSION_4010 = "00401";

    private final String fileName;
    private final ClaimHandler handler;
    private final ReaderLimits limits;
    private final Schema schema;
    private final String segmentSuffix;
    private final EventSource events;
    private final Deque<String> loops = new ArrayDeque<>();
    private final List<PendingIssue> pending = new ArrayList<>();
    private final TransactionState.ClaimCounter claims = new TransactionState.ClaimCounter();

    private RawSegment segment;
    private long segmentFilePosition;
    private String segmentLoop;
    private long lastEndedFilePosition;
    private String lastEndedTag;
    private int interchangeOrdinal;

    private InterchangeState interchange;
    private GroupState group;
    private TransactionState transaction;

    ReadSession(String fileName, ClaimHandler handler, ReaderLimits limits, Schema schema, String segmentSuffix,
            EventSource events) {
        this.fileName = fileName;
        this.handler = handler;
        this.limits = limits;
        this.schema = schema;
        this.segmentSuffix = segmentSuffix;
        this.events = events;
    }

    /** Where StAEDI events come from; wraps the StAEDI reader so that its failures are translated. */
    interface EventSource {
        boolean hasNext() throws EDIStreamException;

        EDIStreamEvent next() throws EDIStreamException;

        EDIStreamReader reader();
    }

    long claimsRead() {
        return claims.count();
    }

    void run() throws EDIStreamException, InvalidEdiException {
        EDIStreamReader reader = events.reader();
        while (events.hasNext()) {
            EDIStreamEvent event = events.next();
            switch (event) {
                case START_SEGMENT:
                    startSegment(reader);
                    break;
                case ELEMENT_DATA:
                    data(reader);
                    break;
                case START_COMPOSITE:
                    startComposite(reader);
                    break;
                case END_SEGMENT:
                    endSegment(reader);
                    break;
                case START_LOOP:
                    loops.push(String.valueOf(reader.getReferenceCode()));
                    break;
                case END_LOOP:
                    if (!loops.isEmpty()) {
                        loops.pop();
                    }
                    break;
                case SEGMENT_ERROR:
                    segmentError(reader);
                    break;
                case ELEMENT_DATA_ERROR:
                case ELEMENT_OCCURRENCE_ERROR:
                    elementError(reader);
                    break;
                default:
                    break;
            }
        }
        finish();
    }

    // ---- segments -------------------------------------------------------------------------

    private void startSegment(EDIStreamReader reader) {
        segment = new RawSegment(reader.getText());
        segmentFilePosition = reader.getLocation().getSegmentPosition();
        segmentLoop = loops.peek();
    }

    private void data(EDIStreamReader reader) throws InvalidEdiException {
        if (segment == null) {
            return;
        }
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        checkElementCount(element);
        if (element < 1) {
            return;
        }
        segment.put(element, location.getElementOccurrence(), location.getComponentPosition(), reader.getText());
    }

    /** An empty composite ("HI*BK:1**") sends no data event: its place must still be kept. */
    private void startComposite(EDIStreamReader reader) throws InvalidEdiException {
        if (segment == null) {
            return;
        }
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        checkElementCount(element);
        if (element >= 1) {
            segment.touch(element, location.getElementOccurrence());
        }
    }

    private void checkElementCount(int element) throws InvalidEdiException {
        if (element > limits.maxElementsPerSegment()) {
            throw invalid(segmentFilePosition, "elements in segment " + segment.tag() + " " + element
                    + " exceeds the maximum " + limits.maxElementsPerSegment() + " ("
                    + ReaderLimits.MAX_ELEMENTS_PER_SEGMENT + ")");
        }
    }

    private void endSegment(EDIStreamReader reader) throws InvalidEdiException, EDIStreamException {
        RawSegment raw = segment;
        long filePosition = segmentFilePosition;
        segment = null;
        if (raw == null) {
            return;
        }
        lastEndedFilePosition = filePosition;
        lastEndedTag = raw.tag();
        // a missing segment is found at the segment after the gap: it belongs to what came before
        attachPending(true);
        switch (raw.tag()) {
            case "ISA":
                startInterchange(reader, raw, filePosition);
                break;
            case "GS":
                startGroup(raw, filePosition);
                break;
            case "ST":
                startTransaction(reader, raw, filePosition);
                break;
            case "SE":
                endTransaction(raw, filePosition, true);
                break;
            case "GE":
                endGroup(raw, filePosition, true);
                break;
            case "IEA":
                endInterchange(raw, filePosition, true);
                break;
            default:
                inTransaction(raw, filePosition);
                break;
        }
        attachPending(false);
    }

    private void inTransaction(RawSegment raw, long filePosition) throws InvalidEdiException {
        if (transaction == null) {
            return;
        }
        Segment seg = new Segment(raw.tag(), raw.text(delimiters()), transaction.position(filePosition));
        switch (raw.tag()) {
            case "HL":
                transaction.startLevel(raw, seg, handler, claims);
                break;
            case "CLM":
                if (transaction.claimCount() >= limits.maxClaimsPerTransaction()) {
                    throw invalid(filePosition, "claims in transaction " + (transaction.claimCount() + 1L)
                            + " exceeds the maximum " + limits.maxClaimsPerTransaction() + " ("
                            + ReaderLimits.MAX_CLAIMS_PER_TRANSACTION + ")");
                }
                transaction.startClaim(raw, seg, handler, claims);
                break;
            case "LX":
                ClaimState claim = transaction.currentClaim();
                if (claim != null && claim.lineCount() >= limits.maxLinesPerClaim()) {
                    throw invalid(filePosition, "lines in claim " + (claim.lineCount() + 1L) + " exceeds the maximum "
                            + limits.maxLinesPerClaim() + " (" + ReaderLimits.MAX_LINES_PER_CLAIM + ")");
                }
                transaction.add(raw, seg, segmentLoop);
                break;
            default:
                transaction.add(raw, seg, segmentLoop);
                break;
        }
    }

    // ---- interchange ----------------------------------------------------------------------

    private void startInterchange(EDIStreamReader reader, RawSegment raw, long filePosition)
            throws InvalidEdiException {
        List<String> elements = new ArrayList<>(16);
        for (int i = 1; i <= 16; i++) {
            elements.add(raw.element(i));
        }
        if (VERSION_4010.equals(elements.get(11))) {
            throw invalid(filePosition, "only 5010 is supported (ISA12 is " + VERSION_4010 + ")");
        }
        Delimiters delimiters = delimiters(reader);
        Interchange isa = new Interchange(new Segment("ISA", raw.text(delimiters), (int) filePosition),
                List.copyOf(elements), delimiters, ++interchangeOrdinal);
        interchange = new InterchangeState(isa);
        handler.startInterchange(isa);
    }

    private Delimiters delimiters(EDIStreamReader reader) {
        Map<String, Character> map = reader.getDelimiters();
        return new Delimiters(charOf(map, EDIStreamConstants.Delimiters.DATA_ELEMENT, '*'),
                charOf(map, EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':'),
                charOf(map, EDIStreamConstants.Delimiters.REPETITION, '\0'),
                charOf(map, EDIStreamConstants.Delimiters.SEGMENT, '~'), segmentSuffix);
    }

    private static char charOf(Map<String, Character> map, String key, char fallback) {
        Character c = map == null ? null : map.get(key);
        return c == null ? fallback : c;
    }

    private Delimiters delimiters() {
        return interchange != null ? interchange.interchange.delimiters() : Delimiters.DEFAULT;
    }

    private void endInterchange(RawSegment raw, long filePosition, boolean present) {
        if (interchange == null) {
            return;
        }
        if (group != null) {
            endGroup(null, filePosition, false);
        }
        InterchangeState state = interchange;
        moveAll(state.issues, 0);
        String declared = raw == null ? "" : raw.element(1);
        String control = raw == null ? "" : raw.element(2);
        if (present) {
            if (!String.valueOf(state.groups).equals(normalizedCount(declared))) {
                state.issues.add(envelopeIssue(Scope.INTERCHANGE, EnvelopeCodes.TA105_GROUP_COUNT, "IEA", 0, 1,
                        "IEA01 declares " + declared + " functional groups, the interchange has " + state.groups));
            }
            if (!control.equals(state.interchange.controlNumber())) {
                state.issues.add(envelopeIssue(Scope.INTERCHANGE, EnvelopeCodes.TA105_CONTROL_NUMBER, "IEA", 0, 2,
                        "IEA02 does not match the ISA13 interchange control number"));
            }
        } else {
            state.issues.add(envelopeIssue(Scope.INTERCHANGE, EnvelopeCodes.TA105_PREMATURE_END, "IEA", 0, null,
                    "the file ends before the IEA interchange trailer"));
        }
        interchange = null;
        handler.endInterchange(state.interchange,
                new EnvelopeEnd(present, declared, state.groups, control, List.copyOf(state.issues)));
    }

    // ---- group ----------------------------------------------------------------------------

    private void startGroup(RawSegment raw, long filePosition) throws InvalidEdiException {
        if (interchange == null) {
            throw invalid(filePosition, "GS outside an interchange: expected ISA before it");
        }
        List<String> elements = new ArrayList<>(8);
        for (int i = 1; i <= 8; i++) {
            elements.add(raw.element(i));
        }
        String version = elements.get(7);
        if (version.startsWith("004010") || version.startsWith(VERSION_4010 + "0")) {
            throw invalid(filePosition, "only 5010 is supported (GS08 is " + shortValue(version) + ")");
        }
        FunctionalGroup gs = new FunctionalGroup(interchange.interchange,
                new Segment("GS", raw.text(delimiters()), (int) filePosition), List.copyOf(elements),
                ++interchange.groups);
        group = new GroupState(gs);
        handler.startGroup(gs);
    }

    private void endGroup(RawSegment raw, long filePosition, boolean present) {
        if (group == null) {
            return;
        }
        if (transaction != null) {
            endTransaction(null, filePosition, false);
        }
        GroupState state = group;
        moveAll(state.issues, 0);
        String declared = raw == null ? "" : raw.element(1);
        String control = raw == null ? "" : raw.element(2);
        if (present) {
            if (!String.valueOf(state.transactions).equals(normalizedCount(declared))) {
                state.issues.add(envelopeIssue(Scope.GROUP, EnvelopeCodes.AK905_TRANSACTION_COUNT, "GE", 0, 1,
                        "GE01 declares " + declared + " transaction sets, the group has " + state.transactions));
            }
            if (!control.equals(state.group.controlNumber())) {
                state.issues.add(envelopeIssue(Scope.GROUP, EnvelopeCodes.AK905_CONTROL_NUMBER, "GE", 0, 2,
                        "GE02 does not match the GS06 group control number"));
            }
        } else {
            state.issues.add(envelopeIssue(Scope.GROUP, EnvelopeCodes.AK905_TRAILER_MISSING, "GE", 0, null,
                    "the functional group has no GE trailer"));
        }
        group = null;
        List<SyntaxIssue> issues = List.copyOf(state.issues);
        if (interchange != null) {
            interchange.issues.addAll(issues);
        }
        handler.endGroup(state.group, new EnvelopeEnd(present, declared, state.transactions, control, issues));
    }

    // ---- transaction ----------------------------------------------------------------------

    private void startTransaction(EDIStreamReader reader, RawSegment st, long filePosition)
            throws InvalidEdiException, EDIStreamException {
        if (group == null) {
            throw invalid(filePosition, "ST outside a functional group: expected GS before it");
        }
        String id = st.element(1);
        if (!"837".equals(id)) {
            throw invalid(filePosition, 1, "not an 837 (ST01 is " + shortValue(id) + ")");
        }
        String st03 = st.element(3);
        String gs08 = group.group.version();
        String convention = st03.isEmpty() ? gs08 : st03;
        String source = st03.isEmpty() ? "GS08" : "ST03";
        if (!convention.startsWith("005010")) {
            throw invalid(filePosition, 1, "only 5010 is supported (" + source + " is " + shortValue(convention) + ")");
        }
        ClaimType type;
        if (convention.startsWith("005010X222")) {
            type = ClaimType.PROFESSIONAL;
        } else if (convention.startsWith("005010X223")) {
            type = ClaimType.INSTITUTIONAL;
        } else {
            throw invalid(filePosition, 1, "not an 837P or 837I (" + source + " is " + shortValue(convention)
                    + "): expected 005010X222A1 (professional) or 005010X223A2 (institutional)");
        }
        group.transactions++;
        Segment segment = new Segment("ST", st.text(delimiters()), 1);
        transaction = new TransactionState(group.group, group.transactions, filePosition, st, segment, convention,
                type);
        reader.setTransactionSchema(schema);
        if (!st03.isEmpty() && !gs08.isEmpty() && !st03.equals(gs08)) {
            // reported, not fatal: ST03 decides the claim type; the header issue reaches every claim
            transaction.addIssue(new SyntaxIssue(Scope.TRANSACTION, EnvelopeCodes.IK502_CONVENTION, "ST", 1, null,
                    3, null, "1705", "ST03 implementation convention differs from GS08"));
        }
    }

    private void endTransaction(RawSegment se, long filePosition, boolean present) {
        if (transaction == null) {
            return;
        }
        TransactionState state = transaction;
        Transaction tx = state.end(handler, claims);
        int actual = present ? state.position(filePosition) : state.position(lastEndedFilePosition);
        // issues of SE itself, and any still pending, concern the transaction, not its last claim
        for (PendingIssue issue : pending) {
            state.addEnvelopeIssue(issue.toIssue(state.position(issue.filePosition())));
        }
        pending.clear();
        String declared = se == null ? "" : se.element(1);
        String control = se == null ? "" : se.element(2);
        if (present) {
            if (!String.valueOf(actual).equals(normalizedCount(declared))) {
                state.addEnvelopeIssue(envelopeIssue(Scope.TRANSACTION, EnvelopeCodes.IK502_SEGMENT_COUNT, "SE",
                        actual, 1, "SE01 declares " + declared + " segments, the transaction has " + actual));
            }
            if (!control.equals(state.controlNumber())) {
                state.addEnvelopeIssue(envelopeIssue(Scope.TRANSACTION, EnvelopeCodes.IK502_CONTROL_NUMBER, "SE",
                        actual, 2, "SE02 does not match the ST02 transaction set control number"));
            }
        } else {
            state.addEnvelopeIssue(envelopeIssue(Scope.TRANSACTION, EnvelopeCodes.IK502_TRAILER_MISSING, "SE", 0,
                    null, "the transaction set has no SE trailer"));
        }
        transaction = null;
        loops.clear();
        List<SyntaxIssue> issues = List.copyOf(state.allIssues());
        if (group != null) {
            group.issues.addAll(issues);
        }
        handler.endTransaction(tx, new EnvelopeEnd(present, declared, actual, control, issues));
    }

    // ---- issues ---------------------------------------------------------------------------

    @SuppressWarnings("deprecation") // StAEDI marks some implementation errors deprecated; still mapped if sent
    private void segmentError(EDIStreamReader reader) {
        EDIStreamValidationError error = reader.getErrorType();
        Location location = reader.getLocation();
        String reference = reader.getReferenceCode();
        String tag = reference != null && !reference.isEmpty() ? reference : location.getSegmentTag();
        boolean missing = error == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING
                || error == EDIStreamValidationError.CONDITIONAL_REQUIRED_SEGMENT_MISSING
                || error == EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING
                || error == EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE
                || error == EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES;
        pending.add(new PendingIssue(Scope.SEGMENT, IssueCodes.segmentCode(error), tag,
                location.getSegmentPosition(), loops.peek(), null, null, null, IssueCodes.describe(error), missing));
    }

    private void elementError(EDIStreamReader reader) {
        EDIStreamValidationError error = reader.getErrorType();
        if (IssueCodes.isControlError(error)) {
            return; // SE/GE/IEA counts and control numbers are checked per envelope, see end*()
        }
        Location location = reader.getLocation();
        int component = location.getComponentPosition();
        pending.add(new PendingIssue(Scope.ELEMENT, IssueCodes.elementCode(error), location.getSegmentTag(),
                location.getSegmentPosition(), loops.peek(), location.getElementPosition() > 0
                        ? location.getElementPosition() : null,
                component > 0 ? component : null, reader.getReferenceCode(), IssueCodes.describe(error), false));
    }

    /** Files pending issues where the reader now stands: the missing-segment ones, or all the others. */
    private void attachPending(boolean missingOnly) {
        if (pending.isEmpty()) {
            return;
        }
        List<PendingIssue> keep = new ArrayList<>();
        for (PendingIssue issue : pending) {
            if (missingOnly && !issue.missingSegment()) {
                keep.add(issue);
            } else if (transaction != null) {
                transaction.addIssue(issue.toIssue(transaction.position(issue.filePosition())));
            } else if (group != null) {
                group.issues.add(issue.toIssue(0));
            } else if (interchange != null) {
                interchange.issues.add(issue.toIssue(0));
            }
        }
        pending.clear();
        pending.addAll(keep);
    }

    private void moveAll(List<SyntaxIssue> target, int position) {
        for (PendingIssue issue : pending) {
            target.add(issue.toIssue(position));
        }
        pending.clear();
    }

    private static SyntaxIssue envelopeIssue(Scope scope, String code, String tag, int position, Integer element,
            String description) {
        return new SyntaxIssue(scope, code, tag, position, null, element, null, null, description);
    }

    /** A count as sent, without leading zeros, so that "0042" counts as 42. */
    private static String normalizedCount(String declared) {
        Integer value = Values.integer(declared);
        return value == null ? declared : value.toString();
    }

    /** An envelope value for a message: control data, never claim data, but bounded. */
    private static String shortValue(String value) {
        String v = value.length() > 20 ? value.substring(0, 20) + "..." : value;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return sb.toString();
    }

    // ---- end of input and failures --------------------------------------------------------

    private void finish() throws InvalidEdiException {
        if (interchangeOrdinal == 0) {
            throw invalid(0, "no X12 interchange found: expected a file starting with ISA");
        }
        if (interchange != null) {
            endInterchange(null, lastEndedFilePosition, false);
        }
    }

    /** Where reading stands when StAEDI fails: inside a segment, else the segment after the last one read. */
    long failurePosition() {
        return segment != null ? segmentFilePosition : lastEndedFilePosition + 1;
    }

    /** The tag of the segment being read when StAEDI failed, or null between segments. */
    String currentSegmentTag() {
        return segment != null ? segment.tag() : null;
    }

    /** The tag of the last segment read completely, or null before the first. */
    String lastEndedTag() {
        return lastEndedTag;
    }

    boolean inTransaction() {
        return transaction != null;
    }

    boolean inGroup() {
        return group != null;
    }

    boolean inInterchange() {
        return interchange != null;
    }

    int transactionPosition(long filePosition) {
        return transaction == null ? 0 : transaction.position(filePosition);
    }

    InvalidEdiException invalid(long filePosition, String reason) {
        return new InvalidEdiException(fileName, filePosition, transactionPosition(filePosition), reason);
    }

    private InvalidEdiException invalid(long filePosition, int transactionPosition, String reason) {
        return new InvalidEdiException(fileName, filePosition, transactionPosition, reason);
    }

    private static final class InterchangeState {
        final Interchange interchange;
        final List<SyntaxIssue> issues = new ArrayList<>();
        int groups;

        InterchangeState(Interchange interchange) {
            this.interchange = interchange;
        }
    }

    private static final class GroupState {
        final FunctionalGroup group;
        final List<SyntaxIssue> issues = new ArrayList<>();
        int transactions;

        GroupState(FunctionalGroup group) {
            this.group = group;
        }
    }
}
