package org.xtoolscrm.it.support;

import org.xtoolscrm.company.CompanyCalendar;
import java.math.BigDecimal;
import org.xtoolscrm.opportunity.OpportunityForm;
import org.xtoolscrm.opportunity.OpportunityService;

/** Creates opportunities for tests through the service, as a member of a {@link TestTeam}. */
public final class TestDeals {

    /** The first open stage of the seeded stage list. */
    public static final String FIRST_STAGE = "INITIAL_CONTACT";

    private TestDeals() {
    }

    /**
     * Creates an open deal of 100,000.00 CNY on the customer, owned by the team member who
     * creates it, and returns its id.
     */
    public static long create(TestTeam team, String ownerKey, OpportunityService opportunities, long customerId,
                              String name) throws Exception {
        OpportunityForm form = new OpportunityForm(customerId, name, new BigDecimal("100000.00"), "CNY",
                CompanyCalendar.current().today().plusDays(30), FIRST_STAGE, null, null, null, null);
        return Identities.as(team.login(ownerKey), team.password(ownerKey),
                () -> opportunities.create(form).getId());
    }
}
