package org.scrub837.camel;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.main.Main;
import org.scrub837.scrub.InboxFileHandler;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.ScrubSettings;

/** Builds the watch-folder service: camel-main with our settings as placeholders and the processor bound. */
public final class WatchFolderService {

    private WatchFolderService() {
    }

    /** A ready-to-run camel-main: settings as placeholders, the processor bound, routes from the settings. */
    public static Main createMain(Path configDir) throws Exception {
        ScrubEngine engine = ScrubEngine.load(configDir);
        ScrubSettings settings = engine.settings();
        // the PostgreSQL store, when scrub.jdbc.url is set: claim history, the duplicate-claim edit,
        // the shared record of contents seen and the inbox's read lock shared by several nodes
        java.util.Optional<org.scrub837.store.ClaimStore> store = org.scrub837.store.ClaimStore.open(settings);
        store.ifPresent(s -> s.attachTo(engine, true));
        InboxFileHandler handler = store.isPresent()
                ? new InboxFileHandler(engine, store.get().seenFiles().asContentRecord())
                : new InboxFileHandler(engine);
        Main main = new Main();
        Properties props = settings.properties();
        // the file consumer takes relative move targets as relative to the inbox: hand it absolute folders
        props.setProperty("scrub.inbox", settings.inbox().toAbsolutePath().toString());
        props.setProperty("scrub.outbox", settings.outbox().toAbsolutePath().toString());
        props.setProperty("scrub.reports", settings.reports().toAbsolutePath().toString());
        props.setProperty("scrub.archive", settings.archive().toAbsolutePath().toString());
        props.setProperty("scrub.failed", handler.failedFolder().toString());
        props.setProperty("scrub.consumers", Integer.toString(settings.consumers()));
        props.putIfAbsent("scrub.pollDelay", "1000");
        props.putIfAbsent("scrub.readLockMinAge", "2000");
        props.putIfAbsent("scrub.inbox.readLock", "changed");
        if (store.isPresent()) {
            props.putAll(org.scrub837.store.ClaimStore.inboxRouteSettings());
            org.scrub837.store.ClaimStore db = store.get();
            Properties p = settings.properties();
            main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
                @Override
                public void beforeConfigure(org.apache.camel.main.BaseMainSupport m) {
                    m.getCamelContext().getRegistry().bind(org.scrub837.store.ClaimStore.INBOX_REPOSITORY,
                            db.inboxRepository(p));
                }
            });
        }
        // the HTTP API (routes/api.yaml), only when scrub.api.enabled = true
        org.scrub837.api.ApiService.configure(main, configDir, settings, props);
        // SFTP in and out (routes/sftp.yaml), only when scrub.sftp.enabled = true
        org.scrub837.remote.RemoteService.configure(main, settings, props, handler);
        main.setOverrideProperties(props);
        main.bind("scrubFileProcessor", new ScrubFileProcessor(handler));
        return main;
    }
}
