package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDIType;

/**
 * Loops that the X12 standard lets repeat without bound (">1") must not carry a finite limit in
 * our schema: StAEDI reports every occurrence past maxOccurs, which once turned every claim after
 * the 99,999th HL level of a large transaction into a syntax rejection.
 */
class UnboundedLoopsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2000", "2400", "2410", "2430", "2440"})
    void unboundedLoopHasNoFiniteLimit(String loop) {
        Map<String, EDIReference> loops = new HashMap<>();
        collect(TransactionSchemas.x12_005010_837().getStandard(), loops);
        assertEquals(Integer.MAX_VALUE, loops.get(loop).getMaxOccurs(), "loop " + loop);
    }

    private static void collect(EDIComplexType type, Map<String, EDIReference> loops) {
        for (EDIReference ref : type.getReferences()) {
            EDIType t = ref.getReferencedType();
            if (t.isType(EDIType.Type.LOOP)) {
                loops.put(((EDIComplexType) t).getCode(), ref);
                collect((EDIComplexType) t, loops);
            }
        }
    }
}
