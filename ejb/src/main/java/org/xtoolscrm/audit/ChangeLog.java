package org.xtoolscrm.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the change log in the caller's transaction, so a change and its log
 * entries commit or roll back together. Services call it for every create, update
 * and delete, and for shares and transfers. Reading the history is left to the
 * service of each record, which checks access first.
 */
@Dependent
public class ChangeLog {

    /** The name recorded when no user is logged in, such as at startup or in a batch job. */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Principal principal;

    /** Records a new record with every logged field. Call it after persist and flush, so the id is set. */
    public void created(Audited record) {
        write(record, ChangeAction.CREATE, Map.of(), record.auditValues());
    }

    /** Records the fields that differ between a snapshot taken before the change and the record now. */
    public void updated(Audited record, Map<String, Object> before) {
        write(record, ChangeAction.UPDATE, before, record.auditValues());
    }

    /** Records a deleted record with the values it had. */
    public void deleted(Audited record) {
        write(record, ChangeAction.DELETE, record.auditValues(), Map.of());
    }

    /** Records one event on a record, such as a share or a transfer, with its old and new value. */
    public void event(String entityType, long entityId, ChangeAction action, String field, Object oldValue,
                      Object newValue) {
        em.persist(new ChangeEntry(entityType, entityId, action, field, text(oldValue), text(newValue),
                currentLogin(), Instant.now()));
    }

    /** Returns the history of a record, newest first. The caller checks access to the record. */
    public List<ChangeEntry> history(String entityType, long entityId) {
        return em.createQuery("SELECT e FROM ChangeEntry e WHERE e.entityType = :type AND e.entityId = :id "
                        + "ORDER BY e.changedAt DESC, e.id DESC", ChangeEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    /** Returns a copy of the record's logged values, to pass to {@link #updated} after the change. */
    public static Map<String, Object> snapshot(Audited record) {
        return new LinkedHashMap<>(record.auditValues());
    }

    private void write(Audited record, ChangeAction action, Map<String, Object> before, Map<String, Object> after) {
        Instant now = Instant.now();
        String login = currentLogin();
        Map<String, Object> fields = new LinkedHashMap<>(before);
        after.forEach(fields::putIfAbsent);

        for (String field : fields.keySet()) {
            Object oldValue = before.get(field);
            Object newValue = after.get(field);
            if (action == ChangeAction.UPDATE && Objects.equals(text(oldValue), text(newValue))) {
                continue;
            }
            em.persist(new ChangeEntry(record.auditType(), record.getId(), action, field, text(oldValue),
                    text(newValue), login, now));
        }
    }

    private String currentLogin() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    /** Returns the value as the log stores it, cut to {@link ChangeEntry#VALUE_MAX} characters. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return cut(value.toString(), ChangeEntry.VALUE_MAX);
    }

    /** Returns the text, cut with an ellipsis when it is longer than {@code max} characters. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Returns the login of the caller, or {@link #SYSTEM} when no user is logged in. */
    String callerLogin() {
        return currentLogin();
    }
}
