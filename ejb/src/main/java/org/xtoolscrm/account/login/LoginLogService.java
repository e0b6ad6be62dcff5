package org.xtoolscrm.account.login;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.xtoolscrm.account.Role;

/** Reads the login log of the last {@value #VISIBLE_DAYS} days, for a Boss only. */
@Stateless
@RolesAllowed(Role.BOSS_NAME)
public class LoginLogService {

    /** The days the login log page reaches back, whatever the retention keeps. */
    public static final int VISIBLE_DAYS = 14;

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Counts the entries of the last {@value #VISIBLE_DAYS} days that match the filter. */
    public long count(LoginLogFilter filter) {
        return new LoginLogQuery(filter, visibleFrom()).count(em).getSingleResult();
    }

    /** Returns one page of the entries of the last {@value #VISIBLE_DAYS} days that match the filter. */
    public List<LoginLogEntry> findPage(LoginLogFilter filter, LoginLogSortField sort, boolean ascending,
                                        int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        return new LoginLogQuery(filter, visibleFrom())
                .rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
    }

    private static Instant visibleFrom() {
        return Instant.now().minus(Duration.ofDays(VISIBLE_DAYS));
    }
}
