package org.scrub837.read;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/** Keeps everything a reader hands out, for tests (a real handler would not keep claims). */
final class CollectingHandler implements ClaimHandler {

    final List<Interchange> interchanges = new ArrayList<>();
    final List<FunctionalGroup> groups = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<EnvelopeEnd> transactionEnds = new ArrayList<>();
    final List<EnvelopeEnd> groupEnds = new ArrayList<>();
    final List<EnvelopeEnd> interchangeEnds = new ArrayList<>();

    @Override
    public void startInterchange(Interchange interchange) {
        interchanges.add(interchange);
    }

    @Override
    public void startGroup(FunctionalGroup group) {
        groups.add(group);
    }

    @Override
    public void startTransaction(Transaction transaction) {
        transactions.add(transaction);
    }

    @Override
    public void claim(Claim claim) {
        claims.add(claim);
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) {
        transactionEnds.add(end);
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
        groupEnds.add(end);
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) {
        interchangeEnds.add(end);
    }
}
