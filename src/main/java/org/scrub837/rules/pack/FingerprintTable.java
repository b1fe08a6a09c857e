package org.scrub837.rules.pack;

import java.util.Arrays;

/**
 * Remembers claim fingerprints (64-bit hashes) with the ordinal of the claim that first had each:
 * an open-addressing table of primitives, 13 bytes a slot (key, ordinal, used flag), grown by doubling up to a cap, so a file
 * of a few claims costs a few kilobytes and a huge file at most the cap.
 */
final class FingerprintTable {

    private static final int INITIAL_SLOTS = 64;

    private final int maxEntries;
    private long[] keys = new long[INITIAL_SLOTS];
    private int[] ordinals = new int[INITIAL_SLOTS];
    private boolean[] used = new boolean[INITIAL_SLOTS];
    private int size;

    FingerprintTable(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    int size() {
        return size;
    }

    /**
     * The ordinal remembered for the fingerprint, or 0 when it is new; a new one is remembered unless
     * the table is full.
     */
    int firstOrRemember(long fingerprint, int ordinal) {
        int slot = find(keys, used, fingerprint);
        if (used[slot]) {
            return ordinals[slot];
        }
        if (size >= maxEntries) {
            return 0;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
            slot = find(keys, used, fingerprint);
        }
        used[slot] = true;
        keys[slot] = fingerprint;
        ordinals[slot] = ordinal;
        size++;
        return 0;
    }

    private static int find(long[] keys, boolean[] used, long fingerprint) {
        int mask = keys.length - 1;
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (used[slot] && keys[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldOrdinals = ordinals;
        boolean[] oldUsed = used;
        int n = oldKeys.length * 2;
        keys = new long[n];
        ordinals = new int[n];
        used = new boolean[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = find(keys, used, oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                ordinals[slot] = oldOrdinals[i];
            }
        }
        Arrays.fill(oldUsed, false);
    }
}
