package org.scrub837.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/**
 * The project's own StAEDI schema of the X12 005010 837 transaction set, loaded once per JVM. A
 * StAEDI schema is immutable once built, so one instance serves concurrent reads.
 */
final class TransactionSchemas {

    static final String RESOURCE = "/org/scrub837/read/x12-005010-837.xml";

    private TransactionSchemas() {
    }

    /** The 837 schema; loaded on first use. */
    static Schema x12_005010_837() {
        return Holder.SCHEMA;
    }

    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = TransactionSchemas.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource " + RESOURCE);
                }
                return SchemaFactory.newFactory().createSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (EDISchemaException e) {
                throw new IllegalStateException("invalid 837 schema " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
