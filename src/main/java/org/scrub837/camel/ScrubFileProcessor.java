package org.scrub837.camel;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.scrub837.scrub.InboxFileHandler;

/**
 * The Camel step of the watch-folder route: hands the picked-up file to the
 * {@link InboxFileHandler} and tells the file consumer where to move the original, through the
 * {@value #DESTINATION} header that the route's {@code move} option reads.
 */
public final class ScrubFileProcessor implements Processor {

    /** Header with the absolute path the original is moved to when the exchange completes. */
    public static final String DESTINATION = "scrub837Destination";

    private final InboxFileHandler handler;

    public ScrubFileProcessor(InboxFileHandler handler) {
        this.handler = handler;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Path input = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        if (!java.nio.file.Files.exists(input)) {
            // several nodes: another node handled it and moved it after our listing of the inbox
            exchange.getIn().setHeader(DESTINATION, input.toString());
            return;
        }
        try {
            InboxFileHandler.Disposition d = handler.handle(input);
            exchange.getIn().setHeader(DESTINATION, d.destination().toString());
        } catch (Exception e) {
            // the route's moveFailed puts the original in the failed folder; leave the reason beside it
            handler.recordUnexpectedFailure(input, e);
            throw e;
        }
    }
}
