package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link X12Utf8Charset} decodes, byte by byte as StAEDI's lexer feeds it, exactly what the JDK's
 * UTF-8 decoder does: the same characters, and the same failure (exception class and message) for
 * input that is not UTF-8.
 */
class X12Utf8CharsetTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("every ASCII byte", ascii()),
                Arguments.of("two-byte character", bytes(0x44, 0x4F, 0xC3, 0x89, 0x2A)),
                Arguments.of("three-byte character", bytes(0x41, 0xE2, 0x82, 0xAC, 0x7E)),
                Arguments.of("four-byte character (two chars: more than StAEDI's one-char buffer)",
                        bytes(0x41, 0xF0, 0x9F, 0x98, 0x80, 0x42)),
                Arguments.of("lone continuation byte", bytes(0x41, 0x80, 0x42)),
                Arguments.of("byte never in UTF-8", bytes(0x41, 0xFF, 0x42)),
                Arguments.of("Latin-1 e acute", bytes(0x4A, 0xE9, 0x2A)),
                Arguments.of("lead byte then ASCII", bytes(0x41, 0xC3, 0x41)),
                Arguments.of("overlong encoding", bytes(0xC0, 0xAF)),
                Arguments.of("sequence cut short at the end", bytes(0x41, 0xE2, 0x82)),
                Arguments.of("encoded surrogate", bytes(0xED, 0xA0, 0x80)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void decodesAsTheJdkUtf8DecoderDoes(String name, byte[] input) {
        assertEquals(lexerRead(StandardCharsets.UTF_8, input), lexerRead(X12Utf8Charset.INSTANCE, input));
    }

    @Test
    void foundByItsName() {
        assertSame(X12Utf8Charset.INSTANCE, Charset.forName(X12Utf8Charset.NAME));
    }

    private static byte[] ascii() {
        byte[] all = new byte[128];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /**
     * StAEDI 1.26.0's {@code Lexer.readCharacter}, reproduced: one byte into a four-byte buffer,
     * decoded into a one-character buffer, another byte added while nothing comes out, and the end of
     * input said when the bytes run out. Returns the characters read, then the failure, if any.
     */
    private static String lexerRead(Charset charset, byte[] input) {
        CharsetDecoder decoder = charset.newDecoder();
        char[] one = new char[1];
        CharBuffer out = CharBuffer.wrap(one);
        ByteBuffer bytes = ByteBuffer.allocate(4);
        StringBuilder read = new StringBuilder();
        int at = 0;
        try {
            while (at < input.length) {
                out.clear();
                bytes.clear();
                bytes.put(input[at++]);
                int position = 0;
                boolean endOfInput = false;
                boolean complete = false;
                do {
                    bytes.flip();
                    CoderResult result = decoder.decode(bytes, out, endOfInput);
                    if (!result.isUnderflow()) {
                        result.throwException();
                    }
                    if (endOfInput || out.position() > 0) {
                        complete = true;
                    } else if (at >= input.length) {
                        endOfInput = true;
                        decoder.reset();
                    } else {
                        bytes.limit(bytes.capacity());
                        bytes.position(++position);
                        bytes.put(input[at++]);
                    }
                } while (!complete);
                if (endOfInput) {
                    decoder.reset();
                }
                if (out.position() > 0) {
                    read.append(one[0]);
                }
            }
        } catch (Exception e) {
            read.append(" | ").append(e.getClass().getName()).append(": ").append(e.getMessage());
        }
        return read.toString();
    }
}
