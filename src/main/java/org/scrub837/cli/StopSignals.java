package org.scrub837.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) as a request to stop: the service stops taking files, lets the ones in
 * flight finish and returns from {@code run}, which exits 0. Left to the JVM, a SIGTERM ends the
 * process with 143 whatever the shutdown hooks did, and systemd would count a clean stop as a
 * failure. {@code sun.misc.Signal} (module jdk.unsupported) is the JDK's only way to take a signal.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** @param stop asks the service to stop; called on the signal dispatcher thread, must not block */
    static void install(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                // a platform without this signal (or the JVM's -Xrs): the JVM's own handling stays
            }
        }
    }
}
