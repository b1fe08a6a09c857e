package org.scrub837.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data install KIND URL} against a local HTTPS server (127.0.0.1, ephemeral port, a
 * certificate made for the run): a ZIP fetched and installed with its address recorded; a
 * truncated download, a redirect to plain http, a non-https address and a file over the size limit
 * refused with nothing installed; a redirect to another https address followed.
 */
class EditionInstallHttpsTest {

    @TempDir
    static Path serverDir;

    @TempDir
    Path dir;

    private static LocalHttpsServer server;
    private static Map<String, Path> files;

    @BeforeAll
    static void start() throws Exception {
        server = new LocalHttpsServer(serverDir);
        files = PublisherFixtures.quarterFiles(serverDir.resolve("published"));
        for (Path p : files.values()) {
            server.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ReferenceData data() {
        return ReferenceData.open(dir.resolve("config"));
    }

    private List<String> installedFiles() throws IOException {
        Path root = dir.resolve("config/reference-data");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (var all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aZipFetchedOverHttpsIsInstalledWithItsAddress() throws IOException {
        String url = server.url("/files/HCPC2026_APR_ANWEB.zip");

        ReferenceData.InstallResult r = data().install(ReferenceKind.HCPCS, url, null, null,
                EditionStore.sha256(files.get("hcpcs")), server.clientContext(), Map.of());

        assertEquals("hcpcs-2026q2", r.edition().id());
        assertEquals(url, r.edition().source());
        assertEquals("HCPC2026_APR_ANWEB.zip", r.edition().fileName());
        assertEquals(3, r.edition().rows());
        assertEquals(EditionStore.sha256(files.get("hcpcs")), data().list().get(0).sha256());
        assertTrue(installedFiles().stream().noneMatch(p -> p.startsWith(".")), "no download left behind");
    }

    @Test
    void aTruncatedDownloadInstallsNothing() {
        String url = server.truncatedUrl("MCR_MUE_PractitionerServices_Eff_2026-04-01.zip");

        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.MUE_PRACTITIONER, url,
                null, null, null, server.clientContext(), Map.of()));

        assertTrue(e.getMessage().startsWith("download of " + url + " broke off after ")
                || e.getMessage().startsWith("download of " + url + " ended after "), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing installed"), e.getMessage());
    }

    @Test
    void aRedirectToPlainHttpIsRefused() throws IOException {
        String url = server.url("/to-http/icd10cm_order_2026.txt");

        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.ICD10CM, url, null, null,
                null, server.clientContext(), Map.of()));

        assertEquals(url + " redirects to http://127.0.0.1:" + server.port() + "/files/icd10cm_order_2026.txt, which "
                + "is not https://; refused, nothing installed", e.getMessage());
        assertEquals(List.of(), installedFiles().stream().filter(p -> !p.startsWith(".")).toList());
    }

    @Test
    void aRedirectToAnotherHttpsAddressIsFollowed() throws IOException {
        String url = server.url("/to-https/icd10cm_order_2026.txt");

        ReferenceData.InstallResult r = data().install(ReferenceKind.ICD10CM, url, null, null, null,
                server.clientContext(), Map.of());

        assertEquals("icd10cm-fy2026", r.edition().id());
        assertEquals(url, r.edition().source());
    }

    @Test
    void aPlainHttpAddressIsRefusedBeforeAnyConnection() {
        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.ICD10CM,
                "http://127.0.0.1:" + server.port() + "/files/icd10cm_order_2026.txt", null, null, null,
                server.clientContext(), Map.of()));

        assertEquals("http://127.0.0.1:" + server.port() + "/files/icd10cm_order_2026.txt: only https:// addresses "
                + "are fetched (or give a file)", e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        String url = server.url("/files/HCPC2026_APR_ANWEB.zip");
        long size = Files.size(files.get("hcpcs"));

        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.HCPCS, url, null, null, null,
                server.clientContext(), Map.of(ReferenceData.MAX_DOWNLOAD_BYTES_KEY, "100")));

        assertEquals(url + " is " + size + " bytes, more than the 100 allowed (scrub.refdata.maxDownloadBytes); "
                + "nothing installed", e.getMessage());
        assertEquals(List.of(), installedFiles());
    }
}
