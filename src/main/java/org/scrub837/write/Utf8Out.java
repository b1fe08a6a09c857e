package org.scrub837.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes text as UTF-8 straight into a byte stream. X12 segments and the reports are almost all
 * ASCII, so each piece of text is copied byte for byte into a reused buffer, and only text with a
 * non-ASCII character goes through the charset encoder; the bytes are the same as an
 * {@code OutputStreamWriter(out, UTF_8)} would write (a lone surrogate becomes {@code ?} either way).
 * Not thread-safe; one per output file. Does not buffer: give it a buffered stream.
 */
final class Utf8Out {

    private final OutputStream out;
    private byte[] buffer = new byte[512];

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    OutputStream stream() {
        return out;
    }

    void write(CharSequence text) throws IOException {
        write(text, 0, text.length());
    }

    /** Writes the characters {@code start} (inclusive) to {@code end} (exclusive). */
    void write(CharSequence text, int start, int end) throws IOException {
        int length = end - start;
        if (length > buffer.length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        byte[] b = buffer;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            if (c >= 0x80) {
                // rare: encode the whole piece, so that surrogate pairs stay together
                out.write(text.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            b[i] = (byte) c;
        }
        out.write(b, 0, length);
    }

    void write(char c) throws IOException {
        if (c < 0x80) {
            out.write(c);
        } else {
            out.write(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
    }

    void write(long number) throws IOException {
        write(Long.toString(number));
    }
}
