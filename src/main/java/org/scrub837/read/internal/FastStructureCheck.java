package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.read.internal.SchemaModel.Entry;
import org.scrub837.read.internal.SchemaModel.Loop;

/**
 * The fast pass's stand-in for StAEDI's transaction validation: follows one transaction's segments
 * through the loops of {@link SchemaModel} and answers, for each segment, whether it is certainly
 * where the schema allows it (and which loop it is in), and whether its elements certainly pass.
 *
 * <p>It only has to be <em>sound</em>, not complete: whenever it answers "clean", StAEDI with the
 * schema would report nothing for that segment; whenever it is not sure it answers "doubt", and the
 * reader re-reads the file with StAEDI's validator, which then decides and names the issue. So it
 * is stricter than StAEDI where being exact would cost code (a repeated element, a lone trailing
 * separator, a character outside printable ASCII, a negative number ... all send the file to the
 * validating pass). {@code FastPassEquivalenceTest} holds it to that on every sample, every corpus
 * file and thousands of mutants.
 *
 * <p>One instance per transaction; not thread-safe.
 */
final class FastStructureCheck {

    /** One open loop occurrence: its definition, the entry last matched and how often. */
    private static final class Frame {
        final Loop loop;
        int index;
        int count;

        Frame(Loop loop, int index, int count) {
            this.loop = loop;
            this.index = index;
            this.count = count;
        }
    }

    private final SchemaModel schema;
    private final List<Frame> frames = new ArrayList<>();
    /** HL01 of the open hierarchical levels, outermost first: a new HL must name one of them as parent. */
    private final List<String> levels = new ArrayList<>();

    FastStructureCheck(SchemaModel schema) {
        this.schema = schema;
        frames.add(new Frame(schema.transaction(), -1, 0));
    }

    /**
     * Places a segment of the transaction body (after ST, before SE).
     *
     * @return false when not certainly valid here
     */
    boolean segment(String tag) {
        while (true) {
            Frame frame = frames.get(frames.size() - 1);
            int placed = place(frame, tag);
            if (placed > 0) {
                return true;
            }
            if (placed < 0 || frames.size() == 1 || !complete(frame)) {
                return false;
            }
            frames.remove(frames.size() - 1);
        }
    }

    /** The code of the innermost open loop, or null in the transaction's own segments. */
    String loop() {
        return frames.get(frames.size() - 1).loop.code;
    }

    /** At SE: whether every open loop, and the transaction, has all it requires. */
    boolean end() {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (!complete(frames.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * HL: the level's parent (HL02) must be one of the open levels, and its id (HL01) new among them.
     * StAEDI nests HL loops by these ids; anything unusual goes to the validating pass.
     */
    boolean level(String id, String parent) {
        if (id.isEmpty() || levels.contains(id)) {
            return false;
        }
        if (parent.isEmpty()) {
            levels.clear();
        } else {
            int at = levels.lastIndexOf(parent);
            if (at < 0) {
                return false;
            }
            levels.subList(at + 1, levels.size()).clear();
        }
        levels.add(id);
        return true;
    }

    /** 1 placed in this frame, 0 not found here (try the enclosing loop), -1 certainly wrong. */
    private int place(Frame frame, String tag) {
        List<Entry> entries = frame.loop.entries;
        int from = Math.max(frame.index, 0);
        for (int i = from; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (!tag.equals(entry.startTag())) {
                continue;
            }
            boolean loopStart = frame.loop.code != null && i == 0;
            if (i == frame.index) {
                if (loopStart) {
                    return 0; // the loop's own first segment again: a new occurrence, placed by the parent
                }
                if (frame.count >= entry.maxOccurs()) {
                    return -1;
                }
                frame.count++;
            } else {
                if (!skippable(frame, i)) {
                    return -1;
                }
                frame.index = i;
                frame.count = 1;
            }
            if (entry.loop() != null) {
                frames.add(new Frame(entry.loop(), 0, 1));
            }
            return 1;
        }
        return 0;
    }

    /** Whether the frame may move on to entry {@code to}: what it leaves behind has its minimum. */
    private static boolean skippable(Frame frame, int to) {
        List<Entry> entries = frame.loop.entries;
        if (frame.index >= 0 && frame.count < entries.get(frame.index).minOccurs()) {
            return false;
        }
        for (int i = frame.index + 1; i < to; i++) {
            if (entries.get(i).minOccurs() > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the frame may close: the current entry and every later one have their minimum. */
    private static boolean complete(Frame frame) {
        return skippable(frame, frame.loop.entries.size());
    }
}
