package org.xtoolscrm.opportunity.detail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.opportunity.Opportunity;

/**
 * Reads and writes the quotes of a deal with their lines. Any user who may see the deal
 * may read, add, edit, send, accept and delete its quotes. A new quote without a number gets
 * the deal's next generated number, Q-&lt;deal id&gt;-&lt;n&gt;. Accepting a quote makes
 * the deal's previously accepted quote sent again. Every change writes the change log,
 * and deleting moves the quote with its lines to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class QuoteService {

    private static final Logger LOG = Logger.getLogger(QuoteService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private DetailAccess access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Counts the live quotes of a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public long count(long opportunityId) {
        access.deal(opportunityId);
        return em.createQuery("SELECT COUNT(q) FROM Quote q WHERE q.opportunityId = :deal "
                        + "AND q.deletionId IS NULL", Long.class)
                .setParameter("deal", opportunityId)
                .getSingleResult();
    }

    /**
     * Returns one page of the live quotes of a deal the caller may see, the latest quote date first.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public List<QuoteRow> findPage(long opportunityId, int first, int pageSize) {
        access.deal(opportunityId);
        return em.createQuery("SELECT NEW org.xtoolscrm.opportunity.detail.QuoteRow(q.id, q.quoteNumber, "
                        + "q.quoteDate, q.validUntil, q.currency, q.status, q.total, u.displayName, q.updatedAt, "
                        + "q.version) FROM Quote q JOIN q.createdBy u "
                        + "WHERE q.opportunityId = :deal AND q.deletionId IS NULL "
                        + "ORDER BY q.quoteDate DESC, q.id DESC", QuoteRow.class)
                .setParameter("deal", opportunityId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Returns a live quote of a deal the caller may see, with its lines loaded.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or its deal is not visible
     */
    public Quote get(long id) {
        Quote quote = access.load(Quote.class, Quote.AUDIT_TYPE, id);
        quote.getLines().size();
        return quote;
    }

    /**
     * Returns the number a new quote of the deal gets when the user enters none, as a hint
     * for the form. A quote saved in the meantime can take it, and the saved quote then
     * gets the next one.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public String suggestNumber(long opportunityId) {
        access.deal(opportunityId);
        return nextNumber(opportunityId);
    }

    /**
     * Adds a quote, added by the caller, to a deal the caller may see. It starts as a draft.
     *
     * @throws RecordNotFoundException when the deal is not visible
     * @throws InvalidDetailException  with every broken rule of the form, or when the number is taken
     */
    public Quote create(long opportunityId, QuoteForm form) {
        Opportunity deal = access.deal(opportunityId);
        List<DetailProblem> problems = new ArrayList<>(QuoteRules.problems(form, false));
        String number = QuoteRules.cleanNumber(form.getQuoteNumber());
        checkNumberFree(number, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDetailException(problems);
        }

        Quote quote = new Quote(deal, access.currentUser());
        if (number == null) {
            // The deal's row lock makes two quotes created at once get different numbers.
            access.lockDeal(opportunityId);
            number = nextNumber(opportunityId);
        }
        QuoteRules.apply(form, number, quote);
        em.persist(quote);
        flushNumber(quote.getQuoteNumber(), null);
        changeLog.created(quote);

        LOG.info(() -> "Quote " + quote.getId() + " (" + quote.getQuoteNumber() + ") added to opportunity "
                + opportunityId + " by " + caller.getName());
        return quote;
    }

    /**
     * Saves the form and its lines over a quote the caller may see. The status stays as it is.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleDetailException    when someone saved the quote since then
     * @throws RecordNotFoundException when it is gone, such as deleted in the meantime
     * @throws InvalidDetailException  with every broken rule of the form, or when the number is taken
     */
    public Quote update(long id, int version, QuoteForm form) {
        Quote quote = access.loadCurrent(Quote.class, Quote.AUDIT_TYPE, id, version);
        List<DetailProblem> problems = new ArrayList<>(QuoteRules.problems(form, true));
        String number = QuoteRules.cleanNumber(form.getQuoteNumber());
        checkNumberFree(number, id, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDetailException(problems);
        }

        Map<String, Object> before = ChangeLog.snapshot(quote);
        QuoteRules.apply(form, number, quote);
        flushNumber(number, id);
        changeLog.updated(quote, before);

        LOG.info(() -> "Quote " + id + " updated by " + caller.getName());
        return quote;
    }

    /**
     * Marks a draft the caller may see as sent to the customer. A sent quote stays as it is.
     *
     * @throws StaleDetailException   when someone saved the quote since the caller loaded it
     * @throws InvalidDetailException when the quote has no lines, or was accepted already
     */
    public Quote markSent(long id, int version) {
        Quote quote = access.loadCurrent(Quote.class, Quote.AUDIT_TYPE, id, version);
        if (quote.getStatus() == QuoteStatus.SENT) {
            return quote;
        }
        if (quote.getStatus() == QuoteStatus.ACCEPTED) {
            throw new InvalidDetailException(QuoteError.ALREADY_ACCEPTED);
        }
        if (quote.getLines().isEmpty()) {
            throw new InvalidDetailException(QuoteError.NO_LINES);
        }
        setStatus(quote, QuoteStatus.SENT);
        access.flush(Quote.AUDIT_TYPE, id);

        LOG.info(() -> "Quote " + id + " marked sent by " + caller.getName());
        return quote;
    }

    /**
     * Marks a sent quote the caller may see as accepted by the customer. Any other accepted
     * quote of the deal becomes sent again, so the deal has one accepted quote. An accepted
     * quote stays as it is.
     *
     * @throws StaleDetailException   when someone saved the quote since the caller loaded it
     * @throws InvalidDetailException when the quote is still a draft
     */
    public Quote markAccepted(long id, int version) {
        Quote quote = access.loadCurrent(Quote.class, Quote.AUDIT_TYPE, id, version);
        if (quote.getStatus() == QuoteStatus.ACCEPTED) {
            return quote;
        }
        if (quote.getStatus() == QuoteStatus.DRAFT) {
            throw new InvalidDetailException(QuoteError.NOT_SENT);
        }

        // The lock makes two acceptances on the same deal run one after the other. The query
        // is a locking read, so it returns the latest committed rows even under REPEATABLE
        // READ and finds a quote that the other acceptance has just accepted.
        access.lockDeal(quote.getOpportunityId());
        List<Quote> accepted = em.createQuery("SELECT q FROM Quote q WHERE q.opportunityId = :deal "
                        + "AND q.status = :accepted AND q.deletionId IS NULL AND q.id <> :id", Quote.class)
                .setParameter("deal", quote.getOpportunityId())
                .setParameter("accepted", QuoteStatus.ACCEPTED)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Quote other : accepted) {
            setStatus(other, QuoteStatus.SENT);
            LOG.info(() -> "Quote " + other.getId() + " is sent again, since quote " + id + " of opportunity "
                    + quote.getOpportunityId() + " was accepted");
        }
        setStatus(quote, QuoteStatus.ACCEPTED);
        access.flush(Quote.AUDIT_TYPE, id);

        LOG.info(() -> "Quote " + id + " marked accepted by " + caller.getName());
        return quote;
    }

    /**
     * Moves a quote the caller may see, with its lines, to the recycle bin. Its number stays
     * taken, so a restored quote keeps it.
     *
     * @throws StaleDetailException when someone saved it since the caller loaded it
     */
    public void delete(long id, int version) {
        Quote quote = access.loadCurrent(Quote.class, Quote.AUDIT_TYPE, id, version);
        recycleBin.delete(BinRecordType.QUOTE, quote, quote.getQuoteNumber(), quote.getCustomerId());
    }

    /** Returns the change log of a quote the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Quote.AUDIT_TYPE, id);
    }

    private void setStatus(Quote quote, QuoteStatus status) {
        Map<String, Object> before = ChangeLog.snapshot(quote);
        quote.setStatus(status);
        changeLog.updated(quote, before);
    }

    /**
     * Returns the deal's next generated number. It counts the deal's quotes in the recycle
     * bin too, since their numbers stay taken.
     */
    private String nextNumber(long opportunityId) {
        long count = em.createQuery("SELECT COUNT(q) FROM Quote q WHERE q.opportunityId = :deal", Long.class)
                .setParameter("deal", opportunityId)
                .getSingleResult();
        List<String> usedNumbers = em.createQuery("SELECT q.quoteNumber FROM Quote q WHERE q.quoteNumber LIKE :prefix",
                        String.class)
                .setParameter("prefix", QuoteRules.generatedPrefix(opportunityId) + "%")
                .getResultList();
        return QuoteRules.nextNumber(opportunityId, count, new HashSet<>(usedNumbers));
    }

    /**
     * Adds a problem when another quote, live or in the recycle bin, has the number. The
     * unique index covers the rows in the bin, so they count as well.
     *
     * @param number    the cleaned number, or null for a generated one
     * @param excludeId the quote being edited, or null on create
     */
    private void checkNumberFree(String number, Long excludeId, List<DetailProblem> problems) {
        if (number == null) {
            return;
        }
        long others = em.createQuery("SELECT COUNT(q) FROM Quote q WHERE q.quoteNumber = :number "
                        + "AND q.id <> :id", Long.class)
                .setParameter("number", number)
                .setParameter("id", excludeId == null ? -1L : excludeId)
                .getSingleResult();
        if (others > 0) {
            problems.add(DetailProblem.of(QuoteError.NUMBER_TAKEN, number));
        }
    }

    /**
     * Writes the quote now. An integrity violation comes from the number's unique key, when
     * a quote saved at the same moment took it, since the deal, its customer and the caller
     * were read in this transaction. It is reported as a taken number.
     *
     * @param id the quote being edited, or null on create
     */
    private void flushNumber(String number, Long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (id == null) {
                throw e;
            }
            throw new StaleDetailException(Quote.AUDIT_TYPE, id);
        } catch (PersistenceException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            LOG.info(() -> "Quote number " + number + " was taken by a concurrent save: " + e.getMessage());
            throw new InvalidDetailException(QuoteError.NUMBER_TAKEN, number);
        }
    }

    private static boolean isConstraintViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
