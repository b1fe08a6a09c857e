package org.scrub837.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/scrub}: scrubs the 837 in the request body and answers with the JSON report,
 * or the 999, 277CA, clean or rejected 837 as asked ({@link ResponseFormat}). The body goes to a
 * private temporary folder under {@code scrub.state} for the scrub and is deleted with the outputs
 * before the answer is sent (the emptied folder then serves a later request: {@link ApiWorkFolders}).
 * Logs hold the status, the size and the time, never content. Every request header is dropped
 * before answering, so nothing sent (an API key) is echoed back.
 */
public final class ScrubApiProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ScrubApiProcessor.class);
    /** The request is scrubbed under this name: the reader's messages name it. */
    static final String REQUEST_NAME = "request.837";
    private static final String BASE = "request";

    private final ScrubEngine engine;
    private final ApiSettings settings;
    private final Semaphore slots;
    /** Turns to run a scrub, fewer than the slots: the CPU-bound part, kept off a core for the HTTP server. */
    private final Semaphore scrubbing;
    private final ApiWorkFolders folders;

    public ScrubApiProcessor(ScrubEngine engine, ApiSettings settings, Path work) throws IOException {
        this.engine = engine;
        this.settings = settings;
        this.slots = new Semaphore(settings.maxConcurrent(), true);
        this.scrubbing = new Semaphore(Math.min(settings.maxScrubbing(), settings.maxConcurrent()), true);
        this.folders = new ApiWorkFolders(work);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        long start = System.nanoTime();
        Message in = exchange.getIn();
        // authentication and the body's type were checked by ApiGate before the body was touched
        ResponseFormat format = ResponseFormat.choose(in.getHeader("format", String.class),
                in.getHeader("Accept", String.class));
        Answer answer;
        if (format == null) {
            answer = Answer.error(406, "unknown format: use format=json|999|277ca|clean|rejected");
        } else if (!slots.tryAcquire(2, TimeUnit.SECONDS)) {
            answer = Answer.error(503, "too many requests at once; retry shortly").retryAfter(1);
        } else {
            try {
                answer = scrub(in, format);
            } catch (Exception e) {
                // a fixed answer, and the class alone in the log: an exception's text could quote the request
                LOG.error("api: scrub failed: {}", e.getClass().getName());
                answer = Answer.error(500, "internal error");
            } finally {
                slots.release();
            }
        }
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, answer.status);
        out.setHeader(Exchange.CONTENT_TYPE, answer.contentType);
        if (answer.retryAfter > 0) {
            out.setHeader("Retry-After", Integer.toString(answer.retryAfter));
        }
        out.setBody(answer.body);
        LOG.info("api scrub status={} bytesOut={} ms={}", answer.status, answer.body.length,
                (System.nanoTime() - start) / 1_000_000);
    }

    private Answer scrub(Message in, ResponseFormat format) throws IOException, InterruptedException {
        Path dir = folders.take();
        try {
            Path input = dir.resolve(REQUEST_NAME);
            long size;
            try (InputStream body = in.getBody(InputStream.class); OutputStream file = Files.newOutputStream(input)) {
                size = body == null ? 0 : copyAtMost(body, file, settings.maxBodyBytes(),
                        declaredLength(in.getHeader("Content-Length", String.class)));
            }
            if (size > settings.maxBodyBytes()) {
                return Answer.error(413, "body larger than " + settings.maxBodyBytes() + " bytes ("
                        + ApiSettings.MAX_BODY_BYTES + ")");
            }
            if (size == 0) {
                String type = in.getHeader(Exchange.CONTENT_TYPE, String.class);
                boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT)
                        .startsWith("application/x-www-form-urlencoded");
                // curl --data-binary sends this type by default, and the HTTP server then reads the
                // body as form fields: say so rather than leave the caller guessing
                return Answer.error(400, form
                        ? "empty body: a form-encoded body is read as form fields; send the 837 with"
                                + " Content-Type: application/edi-x12"
                        : "empty body: send an 837 file");
            }
            EnumSet<ReportFormat> reports = EnumSet.of(ReportFormat.JSON);
            if (format == ResponseFormat.ACK999) {
                reports.add(ReportFormat.ACK999);
            } else if (format == ResponseFormat.ACK277CA) {
                reports.add(ReportFormat.ACK277CA);
            }
            FileOutcome outcome;
            scrubbing.acquire();
            try {
                outcome = engine.scrubber().scrub(input, BASE, engine.outputs(dir, dir, reports));
            } finally {
                scrubbing.release();
            }
            if (outcome.status() == FileStatus.FAILED) {
                String why = outcome.fileFindings().isEmpty() ? "not an 837" : outcome.fileFindings().get(0).message();
                return Answer.error(400, why);
            }
            return readAnswer(dir.resolve(BASE + format.suffix), format);
        } finally {
            folders.giveBack(dir);
        }
    }

    /** The answer file as the answer: opened once, its size from the open file, read in one go. */
    private Answer readAnswer(Path answer, ResponseFormat format) throws IOException {
        try (SeekableByteChannel file = Files.newByteChannel(answer)) {
            long answerSize = file.size();
            if (answerSize > settings.maxAnswerBytes()) {
                // the answer is held in memory while it is sent: this bound, not the body's, caps the heap
                return Answer.error(413, "the answer would be " + answerSize + " bytes, more than " + settings.maxAnswerBytes()
                        + " (" + ApiSettings.MAX_ANSWER_BYTES + "): send fewer claims per request");
            }
            if (answerSize > Integer.MAX_VALUE - 8) {
                return new Answer(200, format.contentType(), Files.readAllBytes(answer)); // fails as it always did
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) answerSize);
            while (bytes.hasRemaining()) {
                // the scrub has finished writing it: its size does not change while it is read
                if (file.read(bytes) < 0) {
                    throw new IOException("the answer file ended early");
                }
            }
            return new Answer(200, format.contentType(), bytes.array());
        } catch (NoSuchFileException none) {
            // a clean 837 with no accepted claim, a rejected 837 with no rejected claim
            return new Answer(204, format.contentType(), new byte[0]);
        }
    }

    /** The request's Content-Length (ApiGate has refused a body without one or above the limit), or -1. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Copies up to max + 1 bytes: enough to know the body is too large without reading it all. The
     * buffer is no larger than the declared body (plus the byte that would tell it is longer): a
     * one-claim body no longer takes a 64 KB buffer, the largest of a small request's allocations.
     */
    private static long copyAtMost(InputStream in, OutputStream out, long max, long declared) throws IOException {
        int size = declared < 0 ? 64 * 1024 : (int) Math.max(512, Math.min(64 * 1024, declared + 1));
        byte[] buffer = new byte[size];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** A response: status, content type and body. */
    private static final class Answer {
        final int status;
        final String contentType;
        final byte[] body;
        int retryAfter;

        Answer(int status, String contentType, byte[] body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        /** An error as {"error": "..."}; the text never quotes the request. */
        static Answer error(int status, String message) {
            return new Answer(status, "application/json", ErrorBody.bytes(message));
        }

        Answer retryAfter(int seconds) {
            this.retryAfter = seconds;
            return this;
        }
    }
}
