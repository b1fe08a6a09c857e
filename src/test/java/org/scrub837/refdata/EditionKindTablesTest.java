package org.scrub837.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrub837.model.DatedEditions;
import org.scrub837.rules.CodeCatalog;
import org.scrub837.rules.config.RuleSetLoader;
import org.scrub837.testing.TestConfig;

/**
 * Every PTP and MUE kind (Medicare and Medicaid; practitioner, outpatient hospital, DME) fills the
 * table name its kind names, so the rules and payer profiles reach it by that name; a name both
 * configured by path and installed is refused, naming both; a place-of-service edition replaces
 * the shipped list.
 */
class EditionKindTablesTest {

    @TempDir
    Path dir;

    private Path config() throws IOException {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        return config;
    }

    private static Path publisherFile(Path dir, ReferenceKind kind) throws IOException {
        return kind.family() == ReferenceKind.Family.PTP
                ? PublisherFixtures.write(dir, kind.id() + ".txt", PublisherFixtures.ptp("15271 11042 20200101 * 0"))
                : PublisherFixtures.write(dir, kind.id() + ".csv", PublisherFixtures.mue("Services MUE Values", "11042 1 1"));
    }

    @ParameterizedTest
    @EnumSource(value = ReferenceKind.class, names = {"NCCI_PTP_.*", "MUE_.*"}, mode = EnumSource.Mode.MATCH_ANY)
    void eachTableKindFillsItsTableName(ReferenceKind kind) throws IOException {
        Path config = config();
        ReferenceData.open(config).install(kind, publisherFile(dir, kind).toString(), LocalDate.of(2026, 7, 1), null,
                null, null, Map.of());

        CodeCatalog codes = RuleSetLoader.codes(config);

        DatedEditions<?> editions = kind.family() == ReferenceKind.Family.PTP ? codes.ptpEditions(kind.tableName())
                : codes.mueEditions(kind.tableName());
        assertEquals(kind.id(), editions.kind());
        assertEquals(kind.id() + "-2026q3", editions.on(LocalDate.of(2026, 8, 15)).orElseThrow().id());
        assertTrue(editions.on(LocalDate.of(2026, 10, 1)).isEmpty(), "the quarter ends September 30");
    }

    @Test
    void aTableBothConfiguredByPathAndInstalledIsRefused() throws IOException {
        Path config = config();
        Files.writeString(config.resolve("mue.csv"), PublisherFixtures.mue("Practitioner Services MUE Values",
                "11042 1 1"));
        Path rules = config.resolve("rules.yaml");
        Files.writeString(rules, Files.readString(rules).replace("  practitioner: null", "  practitioner: mue.csv"));
        ReferenceData.open(config).install(ReferenceKind.MUE_PRACTITIONER,
                publisherFile(dir, ReferenceKind.MUE_PRACTITIONER).toString(), LocalDate.of(2026, 7, 1), null, null,
                null, Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSetLoader.codes(config));

        assertEquals("MUE table 'practitioner' is both configured by path in rules.yaml (mueTables.practitioner) and "
                + "installed as editions of mue-practitioner: set mueTables.practitioner to null, or remove the editions",
                e.getMessage());
    }

    @Test
    void aPlaceOfServiceEditionInForceTodayReplacesTheShippedList() throws IOException {
        Path config = config();
        Path pos = PublisherFixtures.write(dir, "pos.txt", "# place of service (made-up subset)\n11\tOffice\n12\tHome\n");
        ReferenceData data = ReferenceData.open(config);
        data.install(ReferenceKind.POS, pos.toString(), LocalDate.of(2020, 1, 1), null, null, null, Map.of());

        ReferenceData.CodeSetEditions sets = data.codeSets();

        assertEquals(Set.of("11", "12"), sets.placesOfService());
        assertEquals(List.of("pos-2020-01-01 2020-01-01 to open"),
                data.list().stream().map(e -> e.id() + " " + e.period()).toList());
    }
}
