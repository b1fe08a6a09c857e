package org.scrub837.write;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The acknowledgment envelopes StAEDI's writer has accepted whole (ISA to IEA), by what they take
 * from the input. Everything else in an envelope is made here in one fixed shape (dates, times,
 * control numbers, counts), so an envelope with the same key is accepted again: checking it once
 * per sender and receiver instead of once per file saves about a tenth of a small file's CPU with
 * the 999 and 277CA (measured, docs/benchmark.md). An envelope StAEDI refuses is never remembered,
 * so it is refused every time. Bounded: a JVM that sees more distinct envelopes than
 * {@link #LIMIT} starts again from empty (they are checked again, nothing else changes).
 */
final class EnvelopesChecked {

    /** Distinct envelopes remembered at most. */
    static final int LIMIT = 1024;

    /** What an acknowledgment envelope takes from the input: its delimiters, ISA05-08, ISA11, ISA15, GS02-03. */
    record Key(char segment, char element, char component, char repetition, boolean oneLine, String isa05,
            String isa06, String isa07, String isa08, String isa11, String isa15, String gs02, String gs03,
            String functionalId, String version) {
    }

    /** The key's repetition separator as StAEDI took it from the ISA written (0 for none). */
    private static final ConcurrentHashMap<Key, Character> ACCEPTED = new ConcurrentHashMap<>();

    private EnvelopesChecked() {
    }

    /** The repetition separator of an envelope StAEDI accepted whole with this key, or null: check it. */
    static Character repetition(Key key) {
        return ACCEPTED.get(key);
    }

    /** Remembers that StAEDI accepted a whole envelope with this key. */
    static void accepted(Key key, char repetition) {
        if (ACCEPTED.size() >= LIMIT) {
            ACCEPTED.clear();
        }
        ACCEPTED.put(key, repetition);
    }

    /** Forgets every envelope (tests). */
    static void clear() {
        ACCEPTED.clear();
    }
}
