package org.xtoolscrm.dictionary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.ChangeLog;

/**
 * The data dictionary: every role reads the option lists, and only the Boss changes them.
 * Every change writes the change log in the same transaction.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class DictionaryService {

    /** The table and column that store the option codes of each list, other than industry and region. */
    private static final Map<DictionaryList, String[]> CODE_COLUMNS = Map.ofEntries(
            Map.entry(DictionaryList.CUSTOMER_TYPE, new String[] {"customer", "customer_type"}),
            Map.entry(DictionaryList.ACTIVITY_TYPE, new String[] {"activity", "activity_type"}),
            Map.entry(DictionaryList.SCHEDULE_TYPE, new String[] {"schedule", "schedule_type"}),
            Map.entry(DictionaryList.EXPENSE_TYPE, new String[] {"expense", "expense_type"}),
            Map.entry(DictionaryList.SOURCE, new String[] {"opportunity", "source"}),
            Map.entry(DictionaryList.PAYMENT_METHOD, new String[] {"payment_record", "method"}),
            Map.entry(DictionaryList.COMPLAINT_TYPE, new String[] {"complaint", "complaint_type"}),
            Map.entry(DictionaryList.SERVICE_TYPE, new String[] {"service_record", "service_type"}),
            // Every deal's history starts with the stage it was created in, so the history
            // contains every stage a deal is or ever was in.
            Map.entry(DictionaryList.OPPORTUNITY_STAGE, new String[] {"opportunity_stage_change", "to_stage"}),
            Map.entry(DictionaryList.INVOICE_TYPE, new String[] {"invoice", "invoice_type"}));

    private static final Logger LOG = Logger.getLogger(DictionaryService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Principal principal;

    /**
     * Returns the options of a list by sort order, then code.
     *
     * @param includeDisabled false for pickers, which offer enabled options only
     */
    public List<DictionaryOption> options(DictionaryList list, boolean includeDisabled) {
        return em.createQuery("SELECT o FROM DictionaryOption o WHERE o.dictionaryList = :list"
                        + (includeDisabled ? "" : " AND o.enabled = TRUE")
                        + " ORDER BY o.sortOrder, o.code, o.id", DictionaryOption.class)
                .setParameter("list", list)
                .getResultList();
    }

    /**
     * Returns one option, with its current version for an edit.
     *
     * @throws RecordNotFoundException when no option has the id
     */
    public DictionaryOption get(long id) {
        return load(id);
    }

    /** Adds an enabled option to a list after checking its fields and that its code is new in the list. */
    @RolesAllowed(Role.BOSS_NAME)
    public DictionaryOption add(NewOption option) {
        DictionaryRules.checkList(option.list());
        DictionaryRules.checkCode(option.code());
        String labelZh = DictionaryRules.checkLabelZh(option.labelZh());
        String labelEn = DictionaryRules.checkLabelEn(option.labelEn());
        DictionaryRules.checkSortOrder(option.sortOrder());
        Integer probability = DictionaryRules.checkProbability(option.list(), option.code(), null,
                option.probability());
        if (codeExists(option.list(), option.code())) {
            throw new InvalidDictionaryOptionException(DictionaryError.CODE_TAKEN, option.code());
        }

        DictionaryOption created = new DictionaryOption(option.list(), option.code(), labelZh, labelEn,
                option.sortOrder(), probability);
        em.persist(created);
        em.flush();
        changeLog.created(created);

        LOG.info(() -> "Dictionary option " + created.getId() + " (" + created.getList() + "/" + created.getCode()
                + ") added by " + principal.getName());
        return created;
    }

    /**
     * Changes an option's labels and sort order.
     *
     * @throws InvalidDictionaryOptionException with {@link DictionaryError#STALE_EDIT} when someone
     *                                          changed the option after the edit's version was read
     */
    @RolesAllowed(Role.BOSS_NAME)
    public DictionaryOption edit(OptionEdit edit) {
        DictionaryOption option = load(edit.id());
        if (option.getVersion() != edit.version()) {
            throw new InvalidDictionaryOptionException(DictionaryError.STALE_EDIT);
        }
        String labelZh = DictionaryRules.checkLabelZh(edit.labelZh());
        String labelEn = DictionaryRules.checkLabelEn(edit.labelEn());
        DictionaryRules.checkSortOrder(edit.sortOrder());
        Integer probability = DictionaryRules.checkProbability(option.getList(), option.getCode(),
                option.getStageOutcome(), edit.probability());

        Map<String, Object> before = ChangeLog.snapshot(option);
        option.setLabelZh(labelZh);
        option.setLabelEn(labelEn);
        option.setSortOrder(edit.sortOrder());
        option.setProbability(probability);
        flush();
        changeLog.updated(option, before);

        LOG.info(() -> "Dictionary option " + option.getId() + " (" + option.getList() + "/" + option.getCode()
                + ") changed by " + principal.getName());
        return option;
    }

    /** Disables an option, so pickers stop offering it; records that use it keep it. */
    @RolesAllowed(Role.BOSS_NAME)
    public DictionaryOption disable(long id) {
        return setEnabled(id, false);
    }

    @RolesAllowed(Role.BOSS_NAME)
    public DictionaryOption enable(long id) {
        return setEnabled(id, true);
    }

    /**
     * Deletes an option that nothing uses.
     *
     * @throws InvalidDictionaryOptionException with {@link DictionaryError#OPTION_IN_USE} when
     *                                          {@link #isInUse} finds a reference; disable the option instead
     */
    @RolesAllowed(Role.BOSS_NAME)
    public void delete(long id) {
        DictionaryOption option = load(id);
        requireNotFinalStage(option);
        if (isInUse(option)) {
            throw new InvalidDictionaryOptionException(DictionaryError.OPTION_IN_USE, option.getCode());
        }
        changeLog.deleted(option);
        em.remove(option);
        flush();

        LOG.info(() -> "Dictionary option " + id + " (" + option.getList() + "/" + option.getCode()
                + ") deleted by " + principal.getName());
    }

    /**
     * Returns whether a record refers to the option, which then may be disabled but not deleted.
     * Customers store industry and region as free text, so an INDUSTRY or REGION option counts as
     * in use when a customer's {@code industry} or {@code region} equals its Chinese or English
     * label. The other lists store option codes in the columns of {@link #CODE_COLUMNS}; rows in
     * the recycle bin count too, since they may be restored.
     */
    public boolean isInUse(DictionaryOption option) {
        String[] column = CODE_COLUMNS.get(option.getList());
        if (column != null) {
            return codeInUse(column[0], column[1], option.getCode());
        }
        String field = switch (option.getList()) {
            case INDUSTRY -> "industry";
            case REGION -> "region";
            default -> null;
        };
        if (field == null) {
            return false;
        }
        long customers = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c." + field
                        + " IN (:labelZh, :labelEn)", Long.class)
                .setParameter("labelZh", option.getLabelZh())
                .setParameter("labelEn", option.getLabelEn())
                .getSingleResult();
        return customers > 0;
    }

    private DictionaryOption setEnabled(long id, boolean enabled) {
        DictionaryOption option = load(id);
        if (option.isEnabled() == enabled) {
            return option;
        }
        if (!enabled) {
            requireNotFinalStage(option);
        }
        Map<String, Object> before = ChangeLog.snapshot(option);
        option.setEnabled(enabled);
        flush();
        changeLog.updated(option, before);

        LOG.info(() -> "Dictionary option " + option.getId() + " (" + option.getList() + "/" + option.getCode()
                + ") " + (enabled ? "enabled" : "disabled") + " by " + principal.getName());
        return option;
    }

    /** Rejects disabling or deleting the WON or LOST stage, which every deal needs to end. */
    private static void requireNotFinalStage(DictionaryOption option) {
        if (option.isFinalStage()) {
            throw new InvalidDictionaryOptionException(DictionaryError.FINAL_STAGE_REQUIRED, option.getCode());
        }
    }

    private boolean codeExists(DictionaryList list, String code) {
        return em.createQuery("SELECT COUNT(o) FROM DictionaryOption o WHERE o.dictionaryList = :list AND o.code = :code",
                        Long.class)
                .setParameter("list", list)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }

    private DictionaryOption load(long id) {
        DictionaryOption option = em.find(DictionaryOption.class, id);
        if (option == null) {
            throw new RecordNotFoundException(DictionaryOption.AUDIT_TYPE, id);
        }
        return option;
    }

    /** Writes the change now, so that a concurrent change shows as a stale edit rather than a server error. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new InvalidDictionaryOptionException(DictionaryError.STALE_EDIT);
        }
    }

    /** Looks for one row with the code, through the column's index, rather than counting them all. */
    private boolean codeInUse(String table, String column, String code) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE " + column + " = ?")
                .setParameter(1, code)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
