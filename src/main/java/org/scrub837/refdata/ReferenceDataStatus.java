package org.scrub837.refdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Whether the installed editions are current, for the service's startup log, health details and
 * metrics: each kind's newest edition and its age, and the kinds whose newest edition has ended
 * (a PTP quarter that closed). An ended kind degrades readiness unless
 * {@code scrub.refdata.stale.<kind> = warn}. Read from the manifests at each call, so a check
 * sees an install made while the service runs.
 */
public final class ReferenceDataStatus {

    private final ReferenceData data;
    private final Map<String, String> settings;
    private final Clock clock;

    public ReferenceDataStatus(ReferenceData data, Map<String, String> settings, Clock clock) {
        this.data = data;
        this.settings = Map.copyOf(settings);
        this.clock = clock;
        states(); // a wrong scrub.refdata.stale.* value stops the service at startup, not at the first check
    }

    /** The scrub.refdata.* settings among the service's properties. */
    public static Map<String, String> settings(Properties properties) {
        Map<String, String> out = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("scrub.refdata.")) {
                out.put(key, properties.getProperty(key));
            }
        }
        return out;
    }

    public List<ReferenceData.KindState> states() {
        try {
            return data.states(LocalDate.now(clock), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What turns readiness DOWN: each ended kind set to degrade, named. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (ReferenceData.KindState s : states()) {
            if (s.stale() && s.degrade()) {
                out.add("reference data " + s.kind().id() + " is stale: its newest edition " + s.newest().id()
                        + " ended " + s.newest().effectiveTo() + "; install the next edition (scrub837 data install "
                        + s.kind().id() + " FILE|URL), or set " + ReferenceData.STALE_KEY_PREFIX + s.kind().id()
                        + " = warn");
            }
        }
        return out;
    }

    /** Every kind's edition and age, for the health details; "no editions installed" when none is. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (ReferenceData.KindState s : states()) {
            parts.add(s.describe());
        }
        return parts.isEmpty() ? "no reference editions installed" : String.join("; ", parts);
    }
}
