package org.scrub837.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes text as UTF-8 straight into a byte stream, one piece (a whole segment) at a time.
 * {@code String.getBytes(UTF_8)} copies an ASCII string's bytes in one step, which costs less than
 * an {@code OutputStreamWriter}'s encoder working through a character buffer; the bytes are the
 * same (a lone surrogate becomes {@code ?} either way). Does not buffer: give it a buffered stream.
 */
final class Utf8Out {

    private final OutputStream out;

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    void write(CharSequence text) throws IOException {
        write(text.toString());
    }
}
