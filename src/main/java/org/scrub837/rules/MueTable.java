package org.scrub837.rules;

import java.util.Map;
import java.util.Optional;

/**
 * A CMS Medically Unlikely Edits table (practitioner or outpatient hospital), as loaded from the
 * quarterly file a user configured. No value is built in: a code absent from the loaded table has
 * no MUE here.
 *
 * @param source  the file it was read from, for messages
 */
public record MueTable(String name, String source, Map<String, Edit> edits) {

    /**
     * One code's edit.
     *
     * @param maxUnits   the MUE value: the most units of service per beneficiary per date of service
     * @param indicator  the MUE adjudication indicator (MAI): 1 line edit, 2 date-of-service edit
     *                   (policy), 3 date-of-service edit (clinical)
     * @param rationale  CMS's MUE rationale as published
     */
    public record Edit(int maxUnits, int indicator, String rationale) {
    }

    public MueTable {
        edits = Map.copyOf(edits);
    }

    public Optional<Edit> edit(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(edits.get(code));
    }
}
