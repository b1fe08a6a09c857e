package org.scrub837.write;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A spool of records written and read back in the same order by the same writer: strings
 * (nullable), numbers and lists of them, one after the other with no field names. Cheaper than a
 * self-describing format, since the reader knows what it wrote.
 */
final class RecordSpool {

    private RecordSpool() {
    }

    /** Writes records; strings are a length (-1 for null) and their UTF-8 bytes. */
    static final class Out implements AutoCloseable {
        private final DataOutputStream out;

        Out(OutputStream target) {
            this.out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        }

        void integer(int value) throws IOException {
            out.writeInt(value);
        }

        void number(long value) throws IOException {
            out.writeLong(value);
        }

        void string(String value) throws IOException {
            if (value == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        void strings(List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String v : values) {
                string(v);
            }
        }

        void stringLists(List<List<String>> values) throws IOException {
            out.writeInt(values.size());
            for (List<String> v : values) {
                strings(v);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads what {@link Out} wrote, in the same order. */
    static final class In implements AutoCloseable {
        private final DataInputStream in;

        In(InputStream source) {
            this.in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        }

        int integer() throws IOException {
            return in.readInt();
        }

        long number() throws IOException {
            return in.readLong();
        }

        String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            int n = in.readInt();
            List<String> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(string());
            }
            return values;
        }

        List<List<String>> stringLists() throws IOException {
            int n = in.readInt();
            List<List<String>> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(strings());
            }
            return values;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
