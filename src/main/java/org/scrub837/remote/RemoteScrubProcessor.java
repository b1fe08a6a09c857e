package org.scrub837.remote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.scrub837.watch.InboxFileHandler;

/**
 * The step of the SFTP inbox route: the remote file has been downloaded to the local work folder
 * (camel-ftp's {@code localWorkDirectory}, so memory does not grow with the file); it is handled
 * like a file of the local inbox, a copy of the original goes to the local archive or failed folder,
 * and the {@value #REMOTE_MOVE} header tells the route where the remote original moves: the remote
 * archive or failed folder, under the same name as the local copy.
 */
public final class RemoteScrubProcessor implements Processor {

    /** Header: where the remote original moves, relative to the remote inbox (the route's move option). */
    public static final String REMOTE_MOVE = "scrub837RemoteMove";

    private final InboxFileHandler handler;
    private final String archiveFromInbox;
    private final String failedFromInbox;

    /**
     * @param archiveFromInbox the remote archive folder as a path relative to the remote inbox
     * @param failedFromInbox  the remote failed folder, likewise
     */
    public RemoteScrubProcessor(InboxFileHandler handler, String archiveFromInbox, String failedFromInbox) {
        this.handler = handler;
        this.archiveFromInbox = archiveFromInbox;
        this.failedFromInbox = failedFromInbox;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String local = exchange.getIn().getHeader("CamelFileLocalWorkPath", String.class);
        if (local == null) {
            throw new IllegalStateException("the SFTP route must download to a local work folder (localWorkDirectory)");
        }
        Path input = Path.of(local);
        InboxFileHandler.Disposition d;
        try {
            d = handler.handle(input);
        } catch (Exception e) {
            // as the local route does: the original in a failed place of its own, its reason beside it
            Path failedDestination = handler.reserveFailed(input);
            try {
                Files.copy(input, failedDestination);
                handler.recordUnexpectedFailure(input, failedDestination, e);
            } catch (Exception again) {
                e.addSuppressed(again);
            } finally {
                handler.release(failedDestination);
            }
            throw e;
        }
        // the local copy first: the remote original leaves the inbox only after this
        Files.copy(input, d.destination(), StandardCopyOption.REPLACE_EXISTING);
        boolean failed = d.destination().getParent().equals(handler.failedFolder());
        exchange.getIn().setHeader(REMOTE_MOVE, (failed ? failedFromInbox : archiveFromInbox) + "/"
                + d.destination().getFileName());
    }
}
