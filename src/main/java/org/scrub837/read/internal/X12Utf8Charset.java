package org.scrub837.read.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as StAEDI's lexer asks for it: one byte at a time. StAEDI 1.26.0 hands every input byte to
 * {@link CharsetDecoder#decode(ByteBuffer, CharBuffer, boolean)} in a buffer of its own, and the
 * JDK's UTF-8 decoder, built for long buffers, spends more on setting up each call than on the byte
 * (its decode loop was 8-10 % of a 100 MB scrub's CPU samples). This decoder writes a lone ASCII byte
 * (every byte of a typical 837) straight through and hands everything else to the JDK's UTF-8
 * decoder, so the characters, and the errors for malformed input, are the JDK's own.
 *
 * <p>StAEDI finds a charset only by name ({@code EDIInputFactory.createEDIStreamReader(stream,
 * encoding)}), so this one is offered by {@link X12Utf8CharsetProvider} under {@link #NAME}.
 */
final class X12Utf8Charset extends Charset {

    /** The name StAEDI is given; not an IANA name, so it never shadows a real charset. */
    static final String NAME = "x-scrub837-utf-8-bytewise";

    static final X12Utf8Charset INSTANCE = new X12Utf8Charset();

    private X12Utf8Charset() {
        super(NAME, new String[0]);
    }

    @Override
    public boolean contains(Charset other) {
        return StandardCharsets.UTF_8.contains(other);
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return StandardCharsets.UTF_8.newEncoder();
    }

    private static final class Decoder extends CharsetDecoder {
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

        Decoder(Charset charset) {
            super(charset, 1.0f, 1.0f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            if (in.remaining() == 1 && in.hasArray() && out.hasRemaining()) {
                int at = in.position();
                byte b = in.array()[in.arrayOffset() + at];
                if (b >= 0) {
                    out.put((char) b);
                    in.position(at + 1);
                    return CoderResult.UNDERFLOW;
                }
            }
            // never told "end of input": a sequence cut short is left in the buffer, and this
            // decoder's caller (CharsetDecoder.decode) reports it as the JDK's decoder would
            return utf8.decode(in, out, false);
        }

        @Override
        protected void implReset() {
            utf8.reset();
        }
    }
}
