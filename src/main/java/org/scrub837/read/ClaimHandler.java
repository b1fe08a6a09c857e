package org.scrub837.read;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeListener;

/**
 * Receives what a {@link ClaimReader} streams out of an 837, in file order. Only one claim is
 * alive at a time; a handler that keeps claims keeps the memory they take.
 */
public interface ClaimHandler extends EnvelopeListener<Claim, RuntimeException> {
}
