package org.scrub837.api;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Self-signed certificates made with the JDK's keytool for TLS tests, and SSL contexts over them. */
final class TestCertificates {

    static final String PASSWORD = "changeit-test";

    private TestCertificates() {
    }

    /** A PKCS12 key store with a new key pair and a self-signed certificate for 127.0.0.1. */
    static Path keyStore(Path dir, String alias) throws Exception {
        Path file = dir.resolve(alias + ".p12");
        run(List.of(keytool(), "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + alias, "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        return file;
    }

    /** A PKCS12 trust store holding the certificate of another store's alias. */
    static Path trustStore(Path dir, Path keyStore, String alias) throws Exception {
        Path cert = dir.resolve(alias + ".cer");
        run(List.of(keytool(), "-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString()));
        Path file = dir.resolve(alias + "-trust.p12");
        run(List.of(keytool(), "-importcert", "-noprompt", "-alias", alias, "-file", cert.toString(),
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD));
        return file;
    }

    /** A client context trusting {@code trust}, presenting {@code identity} when not null. */
    static SSLContext context(Path trust, Path identity) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(load(trust));
        KeyManagerFactory kmf = null;
        if (identity != null) {
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(identity), PASSWORD.toCharArray());
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
    }
}
