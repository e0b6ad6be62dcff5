package org.xtoolscrm.setup;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.NumberPattern;
import org.xtoolscrm.contract.PaymentArithmetic;
import org.xtoolscrm.customer.Customer;

/**
 * The demo company's daily work, so the 360 views and the workbench have something to
 * show: contacts, activities of the past weeks, schedules of the coming days, open and
 * overdue tasks, expenses waiting for approval or approved, deals in every stage with
 * their stage history, contracts with instalments paid, due and overdue, and after-sales
 * complaints and service records. Dates are relative to
 * the day the demo data is created, in the company's time zone. The rows are inserted
 * with native SQL and no change log, like the demo customers.
 */
final class DemoWork {

    private final EntityManager em;
    private final CompanyCalendar calendar = CompanyCalendar.current();
    private final Timestamp now = Timestamp.from(Instant.now());

    DemoWork(EntityManager em) {
        this.em = em;
    }

    /** Records the work of one salesperson on one customer, with the given contacts. */
    final class Account {
        private final Customer customer;
        private final User owner;
        private Long mainContact;

        Account(Customer customer, User owner) {
            this.customer = customer;
            this.owner = owner;
        }

        Account contact(String name, String title, String mobile, String email, boolean main) {
            long id = insert("INSERT INTO contact (customer_id, name, title, mobile, email, main_contact, created_at, "
                    + "updated_at, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    customer.getId(), name, title, mobile, email, main, now, now, owner.getLogin());
            if (main) {
                mainContact = id;
            }
            return this;
        }

        /** Records an activity the given number of days ago at the given hour, with the main contact. */
        Account activity(int daysAgo, int hour, String type, String content, String outcome) {
            insert("INSERT INTO activity (customer_id, activity_type, activity_time, contact_id, content, outcome, "
                    + "owner_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    customer.getId(), type, at(-daysAgo, hour), mainContact, content, outcome, owner.getId(), now, now);
            return this;
        }

        /** Plans a one-hour schedule in the given number of days at the given hour, reminding 15 minutes before. */
        Account schedule(int inDays, int hour, String type, String subject, String place) {
            Timestamp start = at(inDays, hour);
            Timestamp end = Timestamp.from(start.toInstant().plusSeconds(3600));
            Timestamp remindAt = Timestamp.from(start.toInstant().minusSeconds(15 * 60));
            insert("INSERT INTO schedule (owner_id, start_at, end_at, all_day, schedule_type, subject, place, "
                    + "customer_id, contact_id, done, reminder_minutes, remind_at, reminder_dismissed, created_at, "
                    + "updated_at, version) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?, FALSE, 15, ?, FALSE, ?, ?, 0)",
                    owner.getId(), start, end, type, subject, place, customer.getId(), mainContact, remindAt, now, now);
            return this;
        }

        /** Adds an open task due in the given number of days; a negative number makes it overdue. */
        Account task(int dueInDays, String priority, String subject) {
            insert("INSERT INTO task (subject, due_date, priority, customer_id, contact_id, owner_id, done, "
                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)",
                    subject, Date.valueOf(day(dueInDays)), priority, customer.getId(), mainContact, owner.getId(),
                    now, now);
            return this;
        }

        /** Starts a deal on this customer; see {@link Deal#through}. */
        Deal deal() {
            return new Deal(this);
        }

        /**
         * Starts a contract signed the given number of days ago, from the deal of this customer
         * with the given name, or from none when it is null; see {@link ContractDraft}.
         */
        ContractDraft contract(String title, String amount, int signedDaysAgo, String status, String dealName) {
            Long dealId = dealName == null ? null : ((Number) em.createNativeQuery(
                    "SELECT id FROM opportunity WHERE customer_id = ?1 AND name = ?2")
                    .setParameter(1, customer.getId()).setParameter(2, dealName).getSingleResult()).longValue();
            LocalDate signedOn = day(-signedDaysAgo);
            long number = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contract").getSingleResult()).longValue();
            long id = insert("INSERT INTO contract (contract_number, customer_id, opportunity_id, title, signed_on, "
                    + "starts_on, ends_on, amount, currency, status, owner_id, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, 0)",
                    NumberPattern.configured().number(signedOn, (int) number + 1), customer.getId(), dealId, title,
                    Date.valueOf(signedOn), Date.valueOf(signedOn), Date.valueOf(signedOn.plusYears(1)),
                    new BigDecimal(amount), status, owner.getId(), now, now);
            return new ContractDraft(this, id, new BigDecimal(amount));
        }

        /** Files an expense the given number of days ago; with an approver it is approved, else submitted. */
        Account expense(int daysAgo, String type, String amount, String description, User approver) {
            insert("INSERT INTO expense (customer_id, filed_by_id, expense_date, expense_type, amount, currency, "
                    + "description, status, decided_by_id, decided_at, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, 0)",
                    customer.getId(), owner.getId(), Date.valueOf(day(-daysAgo)), type, new BigDecimal(amount),
                    description, approver == null ? "SUBMITTED" : "APPROVED",
                    approver == null ? null : approver.getId(), approver == null ? null : now, now, now);
            return this;
        }

        /**
         * Records a complaint received the given number of days ago at the given hour, handled
         * by the owner. A resolved or closed one is resolved a day after it was received.
         */
        Account complaint(int daysAgo, int hour, String type, String urgency, String status, String description,
                          String resolution, Integer satisfaction) {
            boolean resolved = "RESOLVED".equals(status) || "CLOSED".equals(status);
            insert("INSERT INTO complaint (customer_id, complaint_type, urgency, description, handler_id, status, "
                    + "resolution, satisfaction, received_at, resolved_at, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    customer.getId(), type, urgency, description, owner.getId(), status, resolution, satisfaction,
                    at(-daysAgo, hour), resolved ? at(-daysAgo + 1, hour) : null, now, now);
            return this;
        }

        /** Records service the owner gave the given number of days ago. */
        Account service(int daysAgo, String type, String content, String hours) {
            insert("INSERT INTO service_record (customer_id, service_date, service_type, content, hours, handler_id, "
                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    customer.getId(), Date.valueOf(day(-daysAgo)), type, content,
                    hours == null ? null : new BigDecimal(hours), owner.getId(), now, now);
            return this;
        }
    }

    /**
     * Records a deal that went through the given stages, each written as CODE:DAYS for the
     * whole days spent in it. The last stage, written without days, is the one it is in now.
     * A WON or LOST last stage closes the deal today.
     */
    final class Deal {
        private final Account account;

        private Deal(Account account) {
            this.account = account;
        }

        Account through(String name, String amount, String currency, int expectedInDays, String lostReason,
                        String... stages) {
            int[] days = new int[stages.length];
            String[] codes = new String[stages.length];
            int total = 0;
            for (int i = 0; i < stages.length; i++) {
                String[] parts = stages[i].split(":");
                codes[i] = parts[0];
                days[i] = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                total += days[i];
            }
            int[] enteredAt = new int[stages.length];
            int offset = -total;
            for (int i = 0; i < stages.length; i++) {
                enteredAt[i] = offset;
                offset += days[i];
            }
            String last = codes[codes.length - 1];
            String outcome = "WON".equals(last) || "LOST".equals(last) ? last : "OPEN";
            long id = insert("INSERT INTO opportunity (customer_id, name, amount, currency, expected_sign_date, stage, "
                    + "outcome, stage_since, closed_on, source, owner_id, lost_reason, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REFERRAL', ?, ?, ?, ?, 0)",
                    account.customer.getId(), name, new BigDecimal(amount), currency,
                    Date.valueOf(day(expectedInDays)), last, outcome, at(enteredAt[stages.length - 1], 9),
                    "OPEN".equals(outcome) ? null : Date.valueOf(day(0)), account.owner.getId(),
                    "LOST".equals(outcome) ? lostReason : null, now, now);
            for (int i = 0; i < codes.length; i++) {
                insert("INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_at, "
                        + "changed_by_id, days_in_previous) VALUES (?, ?, ?, ?, ?, ?)",
                        id, i == 0 ? null : codes[i - 1], codes[i], at(enteredAt[i], 9), account.owner.getId(),
                        i == 0 ? null : days[i - 1]);
            }
            return account;
        }
    }

    /**
     * Adds instalments and payments to a contract; {@link #done} stores what the payments
     * settle of each instalment, as the application would.
     */
    final class ContractDraft {
        private final Account account;
        private final long id;
        private final BigDecimal amount;
        private final List<PaymentArithmetic.Plan> plans = new ArrayList<>();
        private final List<PaymentArithmetic.Payment> payments = new ArrayList<>();

        private ContractDraft(Account account, long id, BigDecimal amount) {
            this.account = account;
            this.id = id;
            this.amount = amount;
        }

        /** Adds an instalment due in the given number of days; a negative number makes it past due. */
        ContractDraft plan(int dueInDays, String planAmount) {
            long planId = insert("INSERT INTO payment_plan (contract_id, customer_id, instalment, due_on, amount, "
                    + "settled, created_at, updated_at, version) VALUES (?, ?, 0, ?, ?, 0, ?, ?, 0)",
                    id, account.customer.getId(), Date.valueOf(day(dueInDays)), new BigDecimal(planAmount), now, now);
            plans.add(new PaymentArithmetic.Plan(planId, day(dueInDays), new BigDecimal(planAmount)));
            return this;
        }

        /** Records a payment received the given number of days ago for the instalment at the index, from 0. */
        ContractDraft payment(int daysAgo, String paymentAmount, String method, int planIndex) {
            long planId = plans.get(planIndex).id();
            insert("INSERT INTO payment_record (contract_id, customer_id, received_on, amount, method, handled_by_id, "
                    + "plan_id, invoiced, created_by_id, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0)",
                    id, account.customer.getId(), Date.valueOf(day(-daysAgo)), new BigDecimal(paymentAmount), method,
                    account.owner.getId(), planId, account.owner.getId(), now, now);
            payments.add(new PaymentArithmetic.Payment(new BigDecimal(paymentAmount), planId));
            return this;
        }

        Account done() {
            PaymentArithmetic.Summary summary = PaymentArithmetic.settle(amount, plans, payments, calendar.today());
            for (PaymentArithmetic.PlanState state : summary.plans()) {
                em.createNativeQuery("UPDATE payment_plan SET instalment = ?1, settled = ?2 WHERE id = ?3")
                        .setParameter(1, state.instalment())
                        .setParameter(2, state.settled())
                        .setParameter(3, state.planId())
                        .executeUpdate();
            }
            return account;
        }
    }

    /** Sets the rate a Boss keeps for a currency, so the demo's deals in it count in the funnel. */
    void rate(String currency, String rate, User boss) {
        insert("INSERT INTO currency_rate (currency, rate, updated_at, updated_by, version) VALUES (?, ?, ?, ?, 0)",
                currency, new BigDecimal(rate), now, boss.getLogin());
    }

    /**
     * Dates every account's creation the given number of days back, so that the daily
     * reports of the demo's past days count the demo users.
     */
    void accountsCreated(int daysAgo) {
        em.createNativeQuery("UPDATE app_user SET created_at = ?").setParameter(1, at(-daysAgo, 9)).executeUpdate();
    }

    Account on(Customer customer, User owner) {
        return new Account(customer, owner);
    }

    private LocalDate day(int offset) {
        return calendar.today().plusDays(offset);
    }

    private Timestamp at(int dayOffset, int hour) {
        return Timestamp.from(day(dayOffset).atTime(LocalTime.of(hour, 0)).atZone(calendar.zone()).toInstant());
    }

    /** Runs an INSERT with positional parameters, null ones included, and returns the new row's id. */
    private long insert(String sql, Object... values) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM " + table(sql)).getSingleResult()).longValue();
    }

    private static String table(String insert) {
        String rest = insert.substring("INSERT INTO ".length());
        return rest.substring(0, rest.indexOf(' '));
    }
}
