package org.scrub837.camel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.scrub837.api.ApiService;
import org.scrub837.api.ApiSettings;
import org.scrub837.refdata.ReferenceData;
import org.scrub837.refdata.ReferenceDataStatus;
import org.scrub837.remote.RemoteService;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.ScrubSettings;
import org.scrub837.settings.Setting;
import org.scrub837.settings.SettingsCatalogue;
import org.scrub837.store.ClaimStore;
import org.scrub837.store.StoreSettings;
import org.scrub837.watch.FolderMonitor;
import org.scrub837.watch.InboxFileHandler;
import org.scrub837.watch.ScrubMetrics;
import org.scrub837.watch.ServiceFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the watch-folder service: camel-main with our settings as placeholders and the processor
 * bound; every folder made and proven writable first (the service refuses to start otherwise);
 * the folders watched while it runs; health and metrics on the embedded HTTP server when
 * {@code scrub.http.port} is set.
 */
public final class WatchFolderService {

    private static final Logger LOG = LoggerFactory.getLogger(WatchFolderService.class);
    /** How often the folders are checked while the service runs. */
    private static final long FOLDER_CHECK_MILLIS = 5_000;
    private static final String ROUTES_PATTERN = "camel.main.routesIncludePattern";

    private WatchFolderService() {
    }

    /**
     * A ready-to-run camel-main: settings as placeholders, the processor bound, routes from the settings.
     *
     * @throws IllegalArgumentException for a broken configuration, e.g. a folder that cannot be made or written
     */
    public static Main createMain(Path configDir) throws Exception {
        return createMain(configDir, System.getenv());
    }

    /**
     * As {@link #createMain(Path)}, with the environment the secrets are read from (the store's
     * password and patient key secret): the process's own, or a test's.
     */
    public static Main createMain(Path configDir, Map<String, String> environment) throws Exception {
        ScrubEngine engine = ScrubEngine.load(configDir);
        ScrubSettings settings = engine.settings();
        ServiceFolders folders = new ServiceFolders(settings);
        folders.prepare();
        EmbeddedHttpServer.requireListenable(settings.httpHost(), settings.httpPort());
        ScrubMetrics metrics = new ScrubMetrics(settings.inbox(), settings.recursive());
        ReferenceDataStatus references = new ReferenceDataStatus(ReferenceData.open(configDir),
                ReferenceDataStatus.settings(settings.properties()), java.time.Clock.systemUTC());
        referenceMetrics(references, metrics);
        // the PostgreSQL store, when scrub.jdbc.url is set: claim history, the duplicate-claim edit,
        // the shared record of contents seen and the inbox's read lock shared by several nodes
        Optional<ClaimStore> store = ClaimStore.open(settings.properties(), environment);
        store.ifPresent(s -> s.attachTo(engine, true));
        InboxFileHandler handler = new InboxFileHandler(engine, metrics,
                store.map(s -> (org.scrub837.watch.ContentRecord) s.sharedInputs(settings.properties())).orElse(null));
        Main main = new Main();
        Properties props = settings.properties();
        // every setting's value as the Java side sees it (catalogue defaults included), so that the
        // routes' placeholders and the code never disagree
        for (Setting setting : SettingsCatalogue.ALL) {
            if (!setting.raw(props).isEmpty()) {
                props.setProperty(setting.key(), setting.raw(props));
            }
        }
        // the file consumer takes relative move targets as relative to the inbox: hand it absolute folders
        for (Map.Entry<String, Path> f : folders.all().entrySet()) {
            props.setProperty(f.getKey(), f.getValue().toString());
        }
        props.setProperty("scrub.consumers", Integer.toString(settings.consumers()));
        props.setProperty("scrub.pollDelay", Long.toString(settings.pollDelay()));
        props.setProperty("scrub.readLockMinAge", Long.toString(settings.readLockMinAge()));
        props.setProperty("scrub.recursive", Boolean.toString(settings.recursive()));
        props.setProperty(ROUTES_PATTERN, routesPattern(settings));
        // every check in the health answers (Camel's default shows the failing ones only)
        props.putIfAbsent("camel.health.exposureLevel", "full");
        props.putIfAbsent("scrub.inbox.readLock", "changed");
        if (store.isPresent()) {
            props.putAll(ClaimStore.inboxRouteSettings());
            ClaimStore db = store.get();
            Properties p = settings.properties();
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeConfigure(BaseMainSupport m) {
                    m.getCamelContext().getRegistry().bind(ClaimStore.INBOX_REPOSITORY, db.inboxRepository(p));
                }
            });
        }
        // the HTTP API (routes/api.yaml), only when scrub.api.enabled = true; it then runs the one
        // HTTP server (with its TLS and body limit), and health and metrics are mounted on it
        ApiSettings api = ApiService.configure(main, configDir, settings, props);
        // SFTP in and out (routes/sftp.yaml), only when scrub.sftp.enabled = true
        RemoteService.configure(main, settings, props, handler);
        // the response folder (and SFTP's second remote path): what payers send back, matched to what was forwarded
        org.scrub837.responses.service.ResponseService.configure(main, engine, settings, props, store, metrics);
        main.setOverrideProperties(props);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                // Camel's placeholders would take SCRUB_INBOX or -Dscrub.inbox as they are (a relative
                // folder against the working directory); the settings above already hold them, resolved
                // against the configuration folder: the environment and system properties only fill gaps
                PropertiesComponent pc = m.getCamelContext().getPropertiesComponent();
                if (pc instanceof org.apache.camel.component.properties.PropertiesComponent camelPc) {
                    camelPc.setEnvironmentVariableMode(
                            org.apache.camel.component.properties.PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_FALLBACK);
                    camelPc.setSystemPropertiesMode(
                            org.apache.camel.component.properties.PropertiesComponent.SYSTEM_PROPERTIES_MODE_FALLBACK);
                }
            }
        });
        main.bind("scrubFileProcessor", new ScrubFileProcessor(handler, metrics));
        main.addMainListener(new Listener(settings, folders, metrics, api.enabled(), references,
                store.isPresent() ? StoreSettings.from(settings.properties(), environment) : null));
        logStartup(engine, settings, folders);
        logReferences(references);
        return main;
    }

    /** The routes to load: {@code file:} patterns with a relative path start at the configuration folder. */
    static String routesPattern(ScrubSettings settings) {
        String pattern = settings.get(ROUTES_PATTERN, "classpath:routes/*.yaml");
        List<String> parts = new ArrayList<>();
        for (String part : pattern.split(",")) {
            String p = part.trim();
            if (p.startsWith("file:") && !Path.of(p.substring(5)).isAbsolute()) {
                p = "file:" + settings.configDir().resolve(p.substring(5)).normalize().toString().replace('\\', '/');
            }
            parts.add(p);
        }
        return String.join(",", parts);
    }

    private static void logStartup(ScrubEngine engine, ScrubSettings settings, ServiceFolders folders) {
        LOG.info("scrub837 watch folder: configuration {}, rule set version {}", settings.configDir(),
                engine.rules().version());
        for (Map.Entry<String, Path> f : new TreeMap<>(folders.all()).entrySet()) {
            LOG.info("folder {} = {}", f.getKey(), f.getValue());
        }
        LOG.info("consumers={} pollDelay={}ms readLockMinAge={}ms duplicates={} formats={} outputMode={}",
                settings.consumers(), settings.pollDelay(), settings.readLockMinAge(),
                settings.duplicates().name().toLowerCase(Locale.ROOT), settings.formats(),
                settings.get(org.scrub837.settings.SettingsCatalogue.OUTPUT_MODE));
        if (settings.recursive()) {
            LOG.info("subfolders of the inbox are scrubbed too (scrub.recursive=true); outputs keep their subfolder");
        } else {
            LOG.info("subfolders of the inbox are ignored (scrub.recursive=false)");
        }
        if (settings.httpPort() == 0) {
            LOG.info("HTTP server off (scrub.http.port=0): no health or metrics endpoint");
        } else {
            LOG.info("health and metrics at http://{}:{}{} and {}", settings.httpHost(), settings.httpPort(),
                    ObserveRoutes.HEALTH, ObserveRoutes.METRICS);
        }
    }

    /** Each installed kind's edition and age; a warning per ended kind, naming it. */
    private static void logReferences(ReferenceDataStatus references) {
        List<ReferenceData.KindState> states = references.states();
        if (states.isEmpty()) {
            LOG.info("reference data: no editions installed (scrub837 data install KIND FILE|URL)");
        }
        for (ReferenceData.KindState s : states) {
            if (s.stale()) {
                LOG.warn("reference data {}{}", s.describe(), s.degrade() ? " (readiness degraded)" : "");
            } else {
                LOG.info("reference data {}", s.describe());
            }
        }
    }

    /** The age of each installed kind's newest edition, and whether it ended, as gauges. */
    private static void referenceMetrics(ReferenceDataStatus references, ScrubMetrics metrics) {
        for (ReferenceData.KindState s : references.states()) {
            String kind = s.kind().id();
            metrics.gauge("refdata.edition.age", "Days since the kind's newest installed edition came into force",
                    "days", Map.of("kind", kind), () -> state(references, kind).map(k -> (Number) k.ageDays()).orElse(-1));
            metrics.gauge("refdata.edition.stale", "1 when the kind's newest installed edition has ended",
                    "editions", Map.of("kind", kind), () -> state(references, kind).map(k -> (Number) (k.stale() ? 1 : 0))
                            .orElse(0));
        }
    }

    private static Optional<ReferenceData.KindState> state(ReferenceDataStatus references, String kind) {
        return references.states().stream().filter(k -> k.kind().id().equals(kind)).findFirst();
    }

    /** Puts the HTTP server, the health check and the folder monitor in place around the context's life. */
    private static final class Listener extends MainListenerSupport {
        private final ScrubSettings settings;
        private final ServiceFolders folders;
        private final ScrubMetrics metrics;
        /** The API runs the HTTP server (ApiService): health and metrics join it, no second server. */
        private final boolean apiRunsServer;
        private final ReferenceDataStatus references;
        /** Where the store is, or null (no store): its database is part of readiness. */
        private final StoreSettings store;
        private FolderMonitor monitor;
        private DatabaseHealthCheck database;

        Listener(ScrubSettings settings, ServiceFolders folders, ScrubMetrics metrics, boolean apiRunsServer,
                ReferenceDataStatus references, StoreSettings store) {
            this.settings = settings;
            this.folders = folders;
            this.metrics = metrics;
            this.apiRunsServer = apiRunsServer;
            this.references = references;
            this.store = store;
        }

        @Override
        public void afterConfigure(BaseMainSupport main) {
            CamelContext context = main.getCamelContext();
            monitor = new FolderMonitor(folders, FOLDER_CHECK_MILLIS);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.register(new FoldersHealthCheck(folders::problems));
                registry.register(new ReferenceDataHealthCheck(references));
                if (store != null) {
                    database = new DatabaseHealthCheck(store);
                    registry.register(database);
                }
            }
            try {
                if (apiRunsServer || EmbeddedHttpServer.install(context, settings.httpHost(), settings.httpPort())) {
                    // started after the server (services start in the order they are added)
                    context.addService(new ObserveRoutes(context, settings.httpPort(), metrics), true, true);
                }
            } catch (Exception e) {
                throw new IllegalStateException("the HTTP server on " + settings.httpHost() + ":"
                        + settings.httpPort() + " could not be set up: " + e.getMessage(), e);
            }
        }

        @Override
        public void afterStop(BaseMainSupport main) {
            if (monitor != null) {
                monitor.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }
}
