package org.scrub837.remote;

import java.util.Properties;

import org.apache.camel.main.Main;
import org.scrub837.watch.InboxFileHandler;
import org.scrub837.scrub.ScrubSettings;

/**
 * Puts the SFTP routes (routes/sftp.yaml) into the service's camel-main when
 * {@code scrub.sftp.enabled = true}; otherwise the file is left out of the routes.
 */
public final class RemoteService {

    static final String ROUTE_FILE = "sftp.yaml";

    private RemoteService() {
    }

    /** A remote folder as seen from the remote inbox (camel-ftp's move is relative to the inbox). */
    static String relative(String inbox, String folder) {
        if (inbox.startsWith("/") != folder.startsWith("/")) {
            throw new IllegalArgumentException("scrub.sftp.inbox and the other scrub.sftp folders must all be"
                    + " absolute or all relative to the login folder");
        }
        java.nio.file.Path root = java.nio.file.Path.of("/");
        return root.resolve(inbox).normalize().relativize(root.resolve(folder).normalize()).toString()
                .replace('\\', '/');
    }

    public static SftpSettings configure(Main main, ScrubSettings settings, Properties props, InboxFileHandler handler) {
        SftpSettings sftp = SftpSettings.from(settings.properties(), System.getenv(), settings.configDir());
        if (!sftp.enabled()) {
            String exclude = props.getProperty("camel.main.routesExcludePattern", "");
            props.setProperty("camel.main.routesExcludePattern",
                    (exclude.isBlank() ? "" : exclude + ",") + "**/" + ROUTE_FILE);
            return sftp;
        }
        props.putAll(sftp.placeholders());
        for (String folder : new String[] {"inbox", "archive", "failed", "outbox", "reports"}) {
            String key = "scrub.sftp." + folder;
            String v = props.getProperty(key, "").trim();
            props.setProperty(key, v.isEmpty() ? folder : v);
        }
        props.setProperty("scrub.sftp.work", settings.state().toAbsolutePath().resolve("sftp-work").toString());
        props.setProperty("scrub.sftp.deliverAutoStartup", Boolean.toString(sftp.deliver()));
        // the inbox's polls: failures logged with their reason, readiness DOWN while nothing can be fetched
        SftpPollWatch polls = new SftpPollWatch(sftp.user() + "@" + sftp.host() + ":" + sftp.port());
        main.bind("sftpPollStrategy", polls);
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterConfigure(org.apache.camel.main.BaseMainSupport m) {
                org.apache.camel.health.HealthCheckRegistry registry =
                        org.apache.camel.health.HealthCheckRegistry.get(m.getCamelContext());
                if (registry != null) {
                    registry.register(polls.healthCheck());
                }
            }
        });
        String inbox = props.getProperty("scrub.sftp.inbox");
        main.bind("remoteScrubProcessor", new RemoteScrubProcessor(handler,
                relative(inbox, props.getProperty("scrub.sftp.archive")),
                relative(inbox, props.getProperty("scrub.sftp.failed")),
                settings.state().toAbsolutePath().resolve("sftp-pending")));
        return sftp;
    }
}
