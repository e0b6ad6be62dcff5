package org.xtoolscrm.report.daily;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.money.CompanyCurrency;
import org.xtoolscrm.report.TeamLeads;
import org.xtoolscrm.report.TeamMember;

/**
 * Reads the daily reports the nightly job wrote: one day, or a week or month summed from
 * the daily rows, compared with the period before and the same period a cycle back. A Boss
 * gets every user, a Manager their team, a salesperson their own line.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class DailyReportService {

    private static final Logger LOG = Logger.getLogger(DailyReportService.class.getName());

    private static final String SUMS = "SELECT NEW org.xtoolscrm.report.daily.DailyFigures(d.userId, "
            + "SUM(d.customersCreated), SUM(d.contactsCreated), SUM(d.activities), SUM(d.schedulesDone), "
            + "SUM(d.tasksCompleted), SUM(d.opportunitiesCreated), SUM(d.stageAdvances), SUM(d.dealsWon), "
            + "SUM(d.wonAmount), SUM(d.dealsLost), SUM(d.lostAmount), SUM(d.contractsSigned), "
            + "SUM(d.contractAmount), SUM(d.paymentsReceived), SUM(d.paymentAmount), SUM(d.expensesFiled), "
            + "SUM(d.expenseAmount), SUM(d.logins), SUM(d.recordsCreated), SUM(d.recordsEdited)) "
            + "FROM DailyReport d WHERE d.reportDate BETWEEN :from AND :to";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @Inject
    private TeamLeads teams;

    /** Returns the report of the period for the caller, its users ranked by the figure. */
    public DailyReportSummary summary(ReportPeriod period, Figure rankBy) {
        return summary(access.currentScope(), period, rankBy);
    }

    /**
     * Returns the report of the period as the given user may see it, for the morning
     * summary that is mailed to each Boss and Manager.
     *
     * @throws RecordNotFoundException when there is no such user
     */
    @RolesAllowed(Role.BOSS_NAME)
    public DailyReportSummary summaryFor(long viewerId, ReportPeriod period, Figure rankBy) {
        User viewer = em.find(User.class, viewerId);
        if (viewer == null) {
            throw new RecordNotFoundException("User", viewerId);
        }
        return summary(access.scopeOf(viewer), period, rankBy);
    }

    private DailyReportSummary summary(AccessScope scope, ReportPeriod period, Figure rankBy) {
        Map<Long, DailyFigures> current = figures(period, scope);
        Map<Long, DailyFigures> previous = figures(period.previous(), scope);
        Map<Long, DailyFigures> cycleBack = figures(period.cycleBack(), scope);
        Map<Long, TeamMember> members = teams.members(current.keySet());

        List<DailyReportArithmetic.Unranked> users = new ArrayList<>();
        for (DailyFigures figures : current.values()) {
            long id = figures.userId();
            users.add(new DailyReportArithmetic.Unranked(members.get(id), figures,
                    previous.getOrDefault(id, DailyFigures.none(id)), cycleBack.getOrDefault(id, DailyFigures.none(id))));
        }
        List<DailyReportLine> lines = DailyReportArithmetic.rank(users, rankBy);

        Map<Long, List<DailyReportLine>> byTeam = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing((DailyReportLine line) -> line.member().leadName())
                        .thenComparing(line -> line.member().leadId()))
                .forEach(line -> byTeam.computeIfAbsent(line.member().leadId(), id -> new ArrayList<>()).add(line));
        List<TeamAverage> teamAverages = byTeam.values().stream().map(team -> new TeamAverage(
                team.get(0).member().leadId(), team.get(0).member().leadName(), team.size(),
                DailyReportArithmetic.averages(team.stream().map(DailyReportLine::figures).toList()))).toList();
        TeamAverage overall = new TeamAverage(null, null, lines.size(),
                DailyReportArithmetic.averages(current.values()));

        TreeSet<String> types = new TreeSet<>();
        current.values().forEach(figures -> types.addAll(figures.activitiesByType().keySet()));

        DailyReportSummary summary = new DailyReportSummary(period, rankBy, CompanyCurrency.code(), lines,
                teamAverages, overall, List.copyOf(types), problems(period, scope), runs(period));
        LOG.fine(() -> "Daily report " + period + " for user " + scope.userId() + ": " + lines.size() + " users");
        return summary;
    }

    /** Returns the runs of the days from one to the other, both included, by date. */
    public List<DailyReportRun> runs(ReportPeriod period) {
        return em.createQuery("SELECT r FROM DailyReportRun r WHERE r.reportDate BETWEEN :from AND :to "
                        + "ORDER BY r.reportDate", DailyReportRun.class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
    }

    private Map<Long, DailyFigures> figures(ReportPeriod period, AccessScope scope) {
        String inScope = scope.all() ? "" : " AND d.userId IN :users";
        TypedQuery<DailyFigures> sums = em.createQuery(SUMS + inScope + " GROUP BY d.userId", DailyFigures.class);
        TypedQuery<Object[]> types = em.createQuery("SELECT a.userId, a.activityType, SUM(a.activities) "
                + "FROM DailyReportActivity a WHERE a.reportDate BETWEEN :from AND :to"
                + inScope.replace("d.", "a.") + " GROUP BY a.userId, a.activityType", Object[].class);
        for (TypedQuery<?> query : List.of(sums, types)) {
            query.setParameter("from", period.from()).setParameter("to", period.to());
            if (!scope.all()) {
                query.setParameter("users", scope.ownerIds());
            }
        }
        Map<Long, Map<String, Long>> byType = new HashMap<>();
        for (Object[] row : types.getResultList()) {
            byType.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        Map<Long, DailyFigures> figures = new LinkedHashMap<>();
        for (DailyFigures sum : sums.getResultList()) {
            figures.put(sum.userId(), sum.withActivitiesByType(byType.getOrDefault(sum.userId(), Map.of())));
        }
        return figures;
    }

    private List<UserProblem> problems(ReportPeriod period, AccessScope scope) {
        TypedQuery<Object[]> query = em.createQuery("SELECT p.reportDate, p.userId, u.displayName, p.message "
                + "FROM DailyReportProblem p, User u WHERE u.id = p.userId AND p.reportDate BETWEEN :from AND :to"
                + (scope.all() ? "" : " AND p.userId IN :users") + " ORDER BY p.reportDate, u.displayName",
                Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
        if (!scope.all()) {
            query.setParameter("users", scope.ownerIds());
        }
        return query.getResultList().stream().map(row -> new UserProblem((LocalDate) row[0],
                (Long) row[1], (String) row[2], (String) row[3])).toList();
    }
}
