package org.xtoolscrm.report;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;

/** Finds the team of each user for the reports that group by team. */
@Dependent
public class TeamLeads {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Finds each user's team lead: the nearest Manager at or above them, or else the nearest Boss. */
    public Map<Long, TeamMember> members(Set<Long> userIds) {
        Map<Long, TeamMember> members = new HashMap<>();
        for (Long id : userIds) {
            User user = em.find(User.class, id);
            User lead = null;
            User boss = null;
            for (User step = user; step != null && lead == null; step = step.getSuperior()) {
                if (step.getRole() == Role.MANAGER) {
                    lead = step;
                } else if (step.getRole() == Role.BOSS && boss == null) {
                    boss = step;
                }
            }
            User team = lead;
            if (team == null) {
                team = boss == null ? user : boss;
            }
            members.put(id, new TeamMember(id, user.getDisplayName(), team.getId(), team.getDisplayName()));
        }
        return members;
    }
}
