package org.xtoolscrm.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.money.CurrencyRateService;

/**
 * The performance ranking: per user and team, the payments received in a period (credited
 * to the user who handled each payment) and the contracts signed in it (credited to their
 * owner). A Boss ranks the whole company, a Manager their team, a salesperson gets their
 * own line. Only live payments on live contracts count, and only signed contracts.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class RankingService {

    private static final Logger LOG = Logger.getLogger(RankingService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CurrencyRateService rates;

    @Inject
    private TeamLeads teams;

    /**
     * Returns the ranking of the period, both days included.
     *
     * @throws IllegalArgumentException when the period ends before it starts
     */
    public Ranking ranking(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
        AccessScope scope = access.currentScope();
        List<UserMoney> payments = sums("SELECT NEW org.xtoolscrm.report.UserMoney(r.handledBy.id, k.currency, "
                + "COUNT(r), SUM(r.amount)) FROM PaymentRecord r, Contract k WHERE r.contractId = k.id "
                + "AND r.deletionId IS NULL AND k.deletionId IS NULL AND r.receivedOn BETWEEN :from AND :to",
                "r.handledBy.id", " GROUP BY r.handledBy.id, k.currency", scope, from, to);
        List<UserMoney> contracts = sums("SELECT NEW org.xtoolscrm.report.UserMoney(k.owner.id, k.currency, "
                + "COUNT(k), SUM(k.amount)) FROM Contract k WHERE k.deletionId IS NULL AND k.status <> :draft "
                + "AND k.signedOn BETWEEN :from AND :to", "k.owner.id", " GROUP BY k.owner.id, k.currency", scope,
                from, to);

        Set<Long> rankedUsers = new HashSet<>(enabledUsers(scope));
        payments.forEach(sum -> rankedUsers.add(sum.userId()));
        contracts.forEach(sum -> rankedUsers.add(sum.userId()));
        Ranking ranking = RankingArithmetic.build(from, to, teams.members(rankedUsers), payments, contracts,
                rates.current());
        LOG.fine(() -> "Ranking " + from + " to " + to + " for user " + scope.userId() + ": " + rankedUsers.size()
                + " users");
        return ranking;
    }

    private List<UserMoney> sums(String select, String userPath, String groupBy, AccessScope scope, LocalDate from,
                                 LocalDate to) {
        String inScope = scope.all() ? "" : " AND " + userPath + " IN :users";
        TypedQuery<UserMoney> query = em.createQuery(select + inScope + groupBy, UserMoney.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (select.contains(":draft")) {
            query.setParameter("draft", ContractStatus.DRAFT);
        }
        if (!scope.all()) {
            query.setParameter("users", scope.ownerIds());
        }
        return query.getResultList();
    }

    private List<Long> enabledUsers(AccessScope scope) {
        TypedQuery<Long> query = em.createQuery("SELECT u.id FROM User u WHERE u.enabled = TRUE"
                + (scope.all() ? "" : " AND u.id IN :users"), Long.class);
        if (!scope.all()) {
            query.setParameter("users", scope.ownerIds());
        }
        return query.getResultList();
    }
}
