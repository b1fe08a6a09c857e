package org.scrub837.responses.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.scrub837.responses.ResponseIntake;

/**
 * The Camel step of the response-folder route (routes/responses.yaml): hands the file to the
 * {@link ResponseIntake} and tells the file consumer where to move it, through the
 * {@value #DESTINATION} header that the route's {@code move} option reads. Something unexpected
 * sends the file to the failed folder with its reason, never back to be read again and again.
 */
public final class ResponseFileProcessor implements Processor {

    /** Header with the absolute path the response file is moved to when the exchange completes. */
    public static final String DESTINATION = "scrub837ResponseDestination";

    private final ResponseIntake intake;

    public ResponseFileProcessor(ResponseIntake intake) {
        this.intake = intake;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Path input = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        if (!Files.exists(input)) {
            // several nodes: another node handled it and moved it after our listing of the folder
            exchange.getIn().setHeader(DESTINATION, input.toString());
            return;
        }
        ResponseIntake.Disposition d;
        try {
            d = intake.handle(input);
        } catch (Exception e) {
            d = intake.toFailed(input, "could not be handled: " + e.getClass().getSimpleName()
                    + " (see the service log); put it back into the response folder to try again");
        }
        exchange.getIn().setHeader(DESTINATION, d.destination().toString());
    }
}
