package org.scrub837.read.internal;

import java.nio.charset.Charset;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;

/**
 * Offers {@link X12Utf8Charset} to {@link Charset#forName(String)} (registered in
 * {@code META-INF/services}); it answers to that one name only.
 */
public final class X12Utf8CharsetProvider extends CharsetProvider {

    @Override
    public Iterator<Charset> charsets() {
        return List.<Charset>of(X12Utf8Charset.INSTANCE).iterator();
    }

    @Override
    public Charset charsetForName(String name) {
        return X12Utf8Charset.NAME.equalsIgnoreCase(name) ? X12Utf8Charset.INSTANCE : null;
    }
}
