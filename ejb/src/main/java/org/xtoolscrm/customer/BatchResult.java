package org.xtoolscrm.customer;

import java.io.Serializable;

/**
 * The outcome of a batch action on customers.
 *
 * @param done    customers the action changed
 * @param skipped customers left alone: not found, outside the caller's scope, or
 *                already in the requested state
 */
public record BatchResult(int done, int skipped) implements Serializable {

    public int getDone() {
        return done;
    }

    public int getSkipped() {
        return skipped;
    }
}
