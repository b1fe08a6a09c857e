package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

/**
 * Claims are handed out while the file streams, one at a time: the first claim arrives long before
 * the input is consumed, so memory does not depend on how many claims follow.
 */
class StreamingTest {

    private static final int CLAIMS = 5_000;

    @Test
    void firstClaimArrivesBeforeTheInputIsConsumed() throws Exception {
        CountingInput input = new CountingInput(generated(CLAIMS));
        long[] consumedAtFirstClaim = {-1};
        int[] claims = {0};

        ClaimReaders.create().read(input, "stream.edi", claim -> {
            if (claims[0]++ == 0) {
                consumedAtFirstClaim[0] = input.count;
            }
        });

        assertEquals(CLAIMS, claims[0]);
        assertTrue(consumedAtFirstClaim[0] < input.count / 50,
                consumedAtFirstClaim[0] + " of " + input.count + " bytes read at the first claim");
    }

    /** One transaction with one subscriber and one claim per HL, generated lazily. */
    private static InputStream generated(int claims) {
        String sample = EdiTestFiles.sampleText("837P/q4293-clean.edi");
        String head = sample.substring(0, sample.indexOf("HL*2*1*22*0"));
        String subscriber = sample.substring(sample.indexOf("HL*2*1*22*0"), sample.indexOf("CLM*"));
        String claim = sample.substring(sample.indexOf("CLM*"), sample.indexOf("\nSE*") + 1);
        int segmentsPerBlock = (subscriber + claim).split("~\n").length;
        int headSegments = head.substring(head.indexOf("ST*")).split("~\n").length;
        String tail = "SE*" + (headSegments + claims * segmentsPerBlock + 1) + "*0001~\nGE*1*1011~\nIEA*1*000000101~\n";
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= claims;
            }

            @Override
            public InputStream nextElement() {
                if (next > claims) {
                    throw new NoSuchElementException();
                }
                String text = next == -1 ? head : next == claims ? tail
                        : subscriber.replace("HL*2*", "HL*" + (next + 2) + "*") + claim;
                next++;
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
            }
        };
        return new SequenceInputStream(parts);
    }

    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
