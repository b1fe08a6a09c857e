package org.scrub837.remote;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the polls of the SFTP inbox (the route's {@code pollStrategy}, with
 * {@code throwExceptionOnConnectFailed} so that a failed connection or login reaches it): a poll that
 * fails is logged at WARN with its reason in words (host key changed, host key unknown, authentication
 * failed, no common key algorithm, server unreachable), once per change of reason rather than once per
 * poll, and the readiness check ({@link #healthCheck()}) is DOWN from then until a poll succeeds. The
 * remote inbox not yet polled counts as DOWN too: nothing has been fetched.
 */
public final class SftpPollWatch implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SftpPollWatch.class);
    private static final String NOT_YET = "the remote inbox has not been polled yet";

    private final String server;
    /** Why the remote inbox cannot be polled now; null while polls succeed. */
    private volatile String problem = NOT_YET;

    /** @param server how the log names the server: user@host:port (no secret) */
    public SftpPollWatch(String server) {
        this.server = server;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        String before = problem;
        problem = null;
        if (before != null && before != NOT_YET) {
            LOG.info("SFTP inbox sftp://{} polled again (the problem was: {})", server, before);
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        String reason = reason(cause);
        String before = problem;
        problem = reason;
        if (!reason.equals(before)) {
            LOG.warn("SFTP inbox sftp://{} cannot be polled: {}; nothing is fetched until this is fixed (tried again"
                    + " every poll; readiness DOWN)", server, reason);
        }
        return false; // the next scheduled poll tries again
    }

    /** The reason a poll failed, in an operator's words, from the exception chain (JSch's messages). */
    static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("hostkey has been changed")) {
                return "the server's host key has changed: it does not match the key in scrub.sftp.knownHostsFile"
                        + " (verify the new key out of band before replacing it)";
            }
            if (lower.contains("unknownhostkey") || lower.contains("reject hostkey")) {
                return "the server's host key is unknown: scrub.sftp.knownHostsFile has no key of this type for"
                        + " this host and port";
            }
            if (lower.contains("auth fail") || lower.contains("auth cancel")) {
                return "authentication failed: the server refused the key (scrub.sftp.privateKeyFile) or password";
            }
            if (lower.contains("algorithm negotiation fail")) {
                return "no key or cipher algorithm in common with the server (" + m + ")";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || lower.contains("connection refused") || lower.contains("connection is closed by foreign host")
                    || lower.contains("timeout")) {
                return "the server cannot be reached (" + t.getClass().getSimpleName()
                        + (m.isEmpty() ? "" : ": " + m) + ")";
            }
        }
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Why the remote inbox cannot be polled now, or null. */
    public String problem() {
        return problem;
    }

    /** The readiness check: DOWN, with the reason, while the remote inbox cannot be polled. */
    public AbstractHealthCheck healthCheck() {
        return new AbstractHealthCheck("scrub837", "sftp-inbox") {
            @Override
            public boolean isLiveness() {
                return false;
            }

            @Override
            protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
                String now = problem;
                if (now == null) {
                    builder.up();
                } else {
                    builder.message("SFTP inbox sftp://" + server + ": " + now);
                    builder.down();
                }
            }
        };
    }
}
