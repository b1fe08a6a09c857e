package org.scrub837.rules.pack;

/**
 * Remembers claim fingerprints (64-bit hashes) with the ordinal of the claim that first had each:
 * an open-addressing table of primitives, 12 bytes a slot (key and ordinal; ordinal 0 marks a free
 * slot, claim ordinals start at 1), at most three quarters full, grown by doubling up to a cap. A file
 * of a few claims costs a few kilobytes; 300,000 claims about 6 MB; the cap bounds the rest.
 */
final class FingerprintTable {

    private static final int INITIAL_SLOTS = 64;

    private final int maxEntries;
    private long[] keys = new long[INITIAL_SLOTS];
    private int[] ordinals = new int[INITIAL_SLOTS];
    private int size;

    FingerprintTable(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    int size() {
        return size;
    }

    /**
     * The ordinal remembered for the fingerprint, or 0 when it is new; a new one is remembered (with
     * {@code ordinal}, which must then be 1 or more) unless the table is full.
     */
    int firstOrRemember(long fingerprint, int ordinal) {
        int slot = find(keys, ordinals, fingerprint);
        if (ordinals[slot] != 0) {
            return ordinals[slot];
        }
        if (size >= maxEntries) {
            return 0;
        }
        if (ordinal < 1) {
            throw new IllegalArgumentException("claim ordinals start at 1: " + ordinal);
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
            slot = find(keys, ordinals, fingerprint);
        }
        keys[slot] = fingerprint;
        ordinals[slot] = ordinal;
        size++;
        return 0;
    }

    /** The slot holding the fingerprint, else the free slot where it would go (linear probing). */
    private static int find(long[] keys, int[] ordinals, long fingerprint) {
        int mask = keys.length - 1;
        long spread = fingerprint * 0x9E3779B97F4A7C15L; // the low bits of a hash of hashes may cluster
        int slot = (int) (spread ^ (spread >>> 32)) & mask;
        while (ordinals[slot] != 0 && keys[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldOrdinals = ordinals;
        int n = oldKeys.length * 2;
        keys = new long[n];
        ordinals = new int[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldOrdinals[i] != 0) {
                int slot = find(keys, ordinals, oldKeys[i]);
                keys[slot] = oldKeys[i];
                ordinals[slot] = oldOrdinals[i];
            }
        }
    }
}
