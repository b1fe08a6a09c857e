package org.scrub837.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.remote.RemoteFileConfiguration;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.scrub837.watch.InboxFileHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step of the SFTP inbox route: the remote file has been downloaded to the local work folder
 * (camel-ftp's {@code localWorkDirectory}, so memory does not grow with the file); it is handled
 * like a file of the local inbox, a copy of the original goes to the local archive or failed folder,
 * and the {@value #REMOTE_MOVE} header tells the route where the remote original moves: the remote
 * archive or failed folder, under the same name as the local copy.
 *
 * <p>The remote move is the last step and can fail on its own (the server restarts, the connection
 * drops): the original then stays in the remote inbox and is taken again. So the remote move is
 * recorded as pending ({@code state/sftp-pending/}, one small file per input naming its local copy and
 * its remote destination) before it is made. A file taken again whose name and SHA-256 have a pending
 * move, and whose remote destination does not exist, is that same file: it is not scrubbed again, gets
 * no duplicate note, and moves to the destination its report already names. A pending record whose
 * remote destination exists was moved: the file is a new upload of the same bytes, handled as such.
 */
public final class RemoteScrubProcessor implements Processor {

    /** Header: where the remote original moves, relative to the remote inbox (the route's move option). */
    public static final String REMOTE_MOVE = "scrub837RemoteMove";

    private static final Logger LOG = LoggerFactory.getLogger(RemoteScrubProcessor.class);

    private final InboxFileHandler handler;
    private final String archiveFromInbox;
    private final String failedFromInbox;
    private final Path pending;

    /**
     * @param archiveFromInbox the remote archive folder as a path relative to the remote inbox
     * @param failedFromInbox  the remote failed folder, likewise
     * @param pending          the folder of pending remote moves (under the state folder)
     */
    public RemoteScrubProcessor(InboxFileHandler handler, String archiveFromInbox, String failedFromInbox, Path pending) {
        this.handler = handler;
        this.archiveFromInbox = archiveFromInbox;
        this.failedFromInbox = failedFromInbox;
        this.pending = pending;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String local = exchange.getIn().getHeader("CamelFileLocalWorkPath", String.class);
        if (local == null) {
            throw new IllegalStateException("the SFTP route must download to a local work folder (localWorkDirectory)");
        }
        Path input = Path.of(local);
        String name = input.getFileName().toString();
        Path record = pending.resolve(sha256(input, name) + ".move");
        if (Files.isRegularFile(record)) {
            String[] move = Files.readString(record, StandardCharsets.UTF_8).split("\n");
            Path localCopy = Path.of(move[0]);
            String remoteMove = move[1];
            if (!remoteExists(exchange, remoteMove)) {
                // the same file: its outputs are done, only its remote move did not happen
                if (!Files.exists(localCopy)) {
                    Files.copy(input, localCopy);
                }
                LOG.info("file={} taken again after its remote move failed: moved to {} now, not scrubbed again",
                        name, remoteMove);
                exchange.getIn().setHeader(REMOTE_MOVE, remoteMove);
                return;
            }
            Files.deleteIfExists(record); // moved after all: this is a new upload of the same bytes
        }
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
        String remoteMove = (failed ? failedFromInbox : archiveFromInbox) + "/" + d.destination().getFileName();
        Files.createDirectories(pending);
        Path part = pending.resolve("." + record.getFileName() + ".part");
        Files.writeString(part, d.destination() + "\n" + remoteMove + "\n", StandardCharsets.UTF_8);
        Files.move(part, record, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        exchange.getIn().setHeader(REMOTE_MOVE, remoteMove);
    }

    /**
     * Whether the remote destination exists, asked on a connection of its own (the consumer's may be the
     * one that broke). When the server cannot be asked, the answer is "no": the file is then moved there,
     * which replaces nothing of another file, since the destination was this file's own.
     */
    private static boolean remoteExists(Exchange exchange, String moveFromInbox) {
        Endpoint from = exchange.getFromEndpoint();
        if (!(from instanceof RemoteFileEndpoint<?> endpoint)) {
            return false;
        }
        RemoteFileOperations<?> ops = null;
        try {
            ops = endpoint.createRemoteFileOperations();
            RemoteFileConfiguration config = endpoint.getConfiguration();
            ops.connect(config, exchange);
            String directory = config.getDirectory();
            String path = directory == null || directory.isEmpty() ? moveFromInbox : directory + "/" + moveFromInbox;
            return ops.existsFile(path);
        } catch (Exception e) {
            LOG.warn("could not look up the remote archive ({}); moving the file there", e.getClass().getSimpleName());
            return false;
        } finally {
            if (ops != null) {
                try {
                    ops.disconnect();
                } catch (Exception ignored) {
                    // a connection of our own, going away anyway
                }
            }
        }
    }

    /** SHA-256 of the content and the name: one input as the remote side sent it. */
    private static String sha256(Path file, String name) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        md.update((byte) 0);
        md.update(name.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
