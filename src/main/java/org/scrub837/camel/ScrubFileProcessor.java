package org.scrub837.camel;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.scrub837.watch.InboxFileHandler;
import org.scrub837.write.AtomicFile;
import org.scrub837.write.FileModes;
import org.scrub837.watch.ScrubMetrics;

/**
 * The Camel step of the watch-folder route: hands the picked-up file to the
 * {@link InboxFileHandler} and tells the file consumer where to move the original, through the
 * {@value #DESTINATION} header that the route's {@code move} option reads.
 */
public final class ScrubFileProcessor implements Processor {

    /** Header with the absolute path the original is moved to when the exchange completes. */
    public static final String DESTINATION = "scrub837Destination";
    /**
     * Header with the unique path in the failed folder the route's {@code moveFailed} uses when
     * something unexpected escapes the handler (never an existing file's name).
     */
    public static final String FAILED_DESTINATION = "scrub837FailedDestination";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScrubFileProcessor.class);

    private final InboxFileHandler handler;
    private final ScrubMetrics metrics;

    public ScrubFileProcessor(InboxFileHandler handler, ScrubMetrics metrics) {
        this.handler = handler;
        this.metrics = metrics;
    }

    /**
     * Before the file consumer moves the original: it gets {@code scrub.outputMode} (an upload's own
     * 0644 would let everyone read an archived claim file), and its folder is made 0750 here (the
     * consumer would make it 0755).
     */
    private static void ready(Path input, Path destination) throws java.io.IOException {
        try {
            FileModes.applyOutputMode(input, AtomicFile.outputMode());
        } catch (java.io.IOException e) {
            // a file uploaded by another account: it is still moved, with the mode it came with
            LOG.warn("file={} keeps its own permissions: {}", input.getFileName(), e.getClass().getSimpleName());
        }
        FileModes.createFolders(destination.getParent());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Path input = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        if (!java.nio.file.Files.exists(input)) {
            // several nodes: another node handled it and moved it after our listing of the inbox
            exchange.getIn().setHeader(DESTINATION, input.toString());
            return;
        }
        long started = System.nanoTime();
        try {
            InboxFileHandler.Disposition d = handler.handle(input);
            ready(input, d.destination());
            exchange.getIn().setHeader(DESTINATION, d.destination().toString());
            metrics.fileHandled(d.outcome(), d.duplicate(), System.nanoTime() - started);
        } catch (Exception e) {
            metrics.fileErrored(System.nanoTime() - started);
            // the route's moveFailed puts the original there; leave the reason beside it
            Path failedDestination = handler.reserveFailed(input);
            exchange.getIn().setHeader(FAILED_DESTINATION, failedDestination.toString());
            try {
                ready(input, failedDestination);
            } catch (Exception again) {
                e.addSuppressed(again);
            }
            try {
                handler.recordUnexpectedFailure(input, failedDestination, e);
            } catch (Exception again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }
}
