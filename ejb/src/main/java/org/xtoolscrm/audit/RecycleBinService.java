package org.xtoolscrm.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.xtoolscrm.account.Role;

/** The Boss's view of the recycle bin: every deleted record, restorable. */
@Stateless
@RolesAllowed(Role.BOSS_NAME)
public class RecycleBinService {

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    private RecycleBin bin;

    public long count() {
        return bin.count();
    }

    /** Returns one page of the bin, newest deletions first. */
    public List<DeletedRecord> findPage(int first, int pageSize) {
        return bin.entries(Math.max(first, 0), Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE));
    }

    /** Brings back the records of an entry. */
    public void restore(long entryId) {
        bin.restore(entryId);
    }
}
