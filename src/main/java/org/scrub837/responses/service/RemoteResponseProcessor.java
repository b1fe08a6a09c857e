package org.scrub837.responses.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.scrub837.responses.ResponseIntake;

/**
 * The step of the SFTP response route (routes/sftp-responses.yaml): the remote file, downloaded
 * to the local work folder, is handled like a file of the local response folder; a copy goes to
 * the local archive (or failed folder), and the {@value #REMOTE_MOVE} header tells the route where
 * the remote original moves: the remote archive's {@code responses/} folder, or the remote failed folder.
 */
public final class RemoteResponseProcessor implements Processor {

    /** Header: where the remote original moves, relative to the remote response folder. */
    public static final String REMOTE_MOVE = "scrub837RemoteResponseMove";

    private final ResponseIntake intake;
    private final String archiveFromResponses;
    private final String failedFromResponses;

    public RemoteResponseProcessor(ResponseIntake intake, String archiveFromResponses, String failedFromResponses) {
        this.intake = intake;
        this.archiveFromResponses = archiveFromResponses;
        this.failedFromResponses = failedFromResponses;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String local = exchange.getIn().getHeader("CamelFileLocalWorkPath", String.class);
        if (local == null) {
            throw new IllegalStateException("the SFTP response route must download to a local work folder");
        }
        Path input = Path.of(local);
        ResponseIntake.Disposition d;
        try {
            d = intake.handle(input);
        } catch (Exception e) {
            d = intake.toFailed(input, "could not be handled: " + e.getClass().getSimpleName()
                    + " (see the service log)");
        }
        // the local copy first: the remote original leaves the remote folder only after this
        Files.copy(input, d.destination(), StandardCopyOption.REPLACE_EXISTING);
        exchange.getIn().setHeader(REMOTE_MOVE, (d.failed() ? failedFromResponses
                : archiveFromResponses + "/" + ResponseIntake.ARCHIVE_SUBFOLDER) + "/" + d.destination().getFileName());
    }
}
