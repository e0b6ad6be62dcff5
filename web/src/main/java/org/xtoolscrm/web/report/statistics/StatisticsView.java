package org.xtoolscrm.web.report.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.report.statistics.ConditionField;
import org.xtoolscrm.report.statistics.ConditionOperator;
import org.xtoolscrm.report.statistics.ConditionRules;
import org.xtoolscrm.report.statistics.InvalidStatisticsQueryException;
import org.xtoolscrm.report.statistics.Statistics;
import org.xtoolscrm.report.statistics.StatisticsLabels;
import org.xtoolscrm.report.statistics.StatisticsProblem;
import org.xtoolscrm.report.statistics.StatisticsQuery;
import org.xtoolscrm.report.statistics.StatisticsReport;
import org.xtoolscrm.report.statistics.StatisticsRules;
import org.xtoolscrm.report.statistics.StatisticsService;
import org.xtoolscrm.report.statistics.StatisticsSubject;
import org.xtoolscrm.report.statistics.StatisticsTable;
import org.xtoolscrm.report.statistics.StatisticsTableRow;
import org.xtoolscrm.report.statistics.StatisticsWorkbook;
import org.xtoolscrm.report.statistics.ValueKind;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OwnerChoices;
import org.xtoolscrm.web.report.PeriodChoice;

/**
 * Backs report/statistics.xhtml: the chosen statistic with its period, owner filter, filters of
 * its records and advanced query, drawn as a chart and a table, and exported to Excel. The
 * chart, the table and the export show one {@link StatisticsTable}, built from one query.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final Logger LOG = Logger.getLogger(StatisticsView.class.getName());

    private static final String BUNDLE = "org.xtoolscrm.web.messages";

    @EJB
    private StatisticsService service;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @EJB
    private DictionaryService dictionary;

    @Inject
    private Formats formats;

    private OwnerChoices ownerChoices;
    private String owner;
    private StatisticsReport report = StatisticsReport.CUSTOMERS_BY_STATUS;
    private PeriodChoice period = PeriodChoice.THIS_YEAR;
    private LocalDate from;
    private LocalDate to;
    private CustomerType customerType;
    private CustomerStatus customerStatus;
    private ContractStatus contractStatus;
    private String paymentMethod;
    private String activityType;
    private final List<ConditionRow> conditions = new ArrayList<>();
    private StatisticsTable table;
    private String chartJson;
    private int chartHeight;
    private boolean records;
    private boolean unconverted;
    private String unconvertedList;

    @PostConstruct
    void init() {
        User caller = access.currentUser();
        ownerChoices = OwnerChoices.of(caller, accounts.assignableOwners());
        owner = OwnerChoices.startingChoice(caller);
        applyPeriod();
        load();
    }

    /** Sets the dates of a chosen period; a custom period keeps the dates the user entered. */
    public void applyPeriod() {
        if (period != PeriodChoice.CUSTOM) {
            LocalDate today = CompanyCalendar.current().today();
            from = period.from(today);
            to = period.to(today);
        }
    }

    public void periodChanged() {
        applyPeriod();
        load();
    }

    /** Switches the statistic, dropping the filters and conditions its records do not have. */
    public void reportChanged() {
        StatisticsSubject subject = report.subject();
        if (subject != StatisticsSubject.CUSTOMER) {
            customerType = null;
            customerStatus = null;
        }
        if (subject != StatisticsSubject.CONTRACT && subject != StatisticsSubject.PAYMENT) {
            contractStatus = null;
        }
        if (subject != StatisticsSubject.PAYMENT) {
            paymentMethod = null;
        }
        if (subject != StatisticsSubject.ACTIVITY) {
            activityType = null;
        }
        conditions.removeIf(row -> row.getField() != null && !row.getField().appliesTo(subject));
        load();
    }

    /**
     * Computes the statistic for the page's inputs. A rejected query leaves the last table in
     * place and names every problem, each bad condition by its row number and field.
     */
    public void load() {
        try {
            Statistics statistics = service.statistics(query());
            table = StatisticsTable.of(statistics, labels(), notes());
            chartJson = StatisticsChart.json(report, table);
            chartHeight = StatisticsChart.height(report, table);
            records = statistics.totalCount() > 0;
            unconverted = !statistics.unconverted().isEmpty();
            unconvertedList = String.join(", ", statistics.unconverted().stream().sorted().toList());
        } catch (InvalidStatisticsQueryException e) {
            for (StatisticsProblem problem : e.getProblems()) {
                Texts.errorText(problemText(problem));
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Returns the table shown as an .xlsx download, computed anew from the inputs; null when they are invalid. */
    public StreamedContent getExport() {
        load();
        if (FacesContext.getCurrentInstance().isValidationFailed() || table == null) {
            return null;
        }
        byte[] bytes = StatisticsWorkbook.write(table);
        String name = "statistics-" + report.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to) + ".xlsx";
        LOG.fine(() -> "Statistics " + report + " exported: " + bytes.length + " bytes");
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(StatisticsWorkbook.CONTENT_TYPE)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void addCondition() {
        if (conditions.size() < ConditionRules.MAX_CONDITIONS) {
            conditions.add(new ConditionRow());
        } else {
            Texts.error("report.statistics.message.maxConditions", ConditionRules.MAX_CONDITIONS);
        }
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
        load();
    }

    public void clearConditions() {
        conditions.clear();
        load();
    }

    StatisticsQuery query() {
        return new StatisticsQuery(report, from, to, ownerChoices.filterOf(owner), customerType, customerStatus,
                contractStatus, blankToNull(paymentMethod), blankToNull(activityType),
                conditions.stream().map(ConditionRow::toCondition).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private StatisticsLabels labels() {
        Locale locale = locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new StatisticsLabels(locale, bundle::getString);
    }

    /** Returns the lines that describe the query above the exported table: period, owners, filters, conditions. */
    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add(Texts.get("report.statistics.note.period", from == null ? "…" : from.toString(),
                to == null ? "…" : to.toString()));
        notes.add(Texts.get("report.statistics.note.owner", ownerLabel()));
        for (ConditionRow row : conditions) {
            notes.add(Texts.get("report.statistics.note.condition", fieldLabel(row.getField()),
                    operatorLabel(row.getField(), row.getOperator()), valueLabel(row)));
        }
        addFilterNote(notes, ConditionField.CUSTOMER_TYPE, customerType == null ? null : customerType.name());
        addFilterNote(notes, ConditionField.CUSTOMER_STATUS, customerStatus == null ? null : customerStatus.name());
        addFilterNote(notes, ConditionField.CONTRACT_STATUS, contractStatus == null ? null : contractStatus.name());
        addFilterNote(notes, ConditionField.PAYMENT_METHOD, blankToNull(paymentMethod));
        addFilterNote(notes, ConditionField.ACTIVITY_TYPE, blankToNull(activityType));
        return notes;
    }

    private void addFilterNote(List<String> notes, ConditionField field, String value) {
        if (value != null) {
            notes.add(Texts.get("report.statistics.note.condition", fieldLabel(field),
                    operatorLabel(field, ConditionOperator.EQUALS), optionLabel(field, value)));
        }
    }

    private String ownerLabel() {
        return ownerChoices.getItems().stream()
                .flatMap(item -> item instanceof SelectItemGroup group
                        ? Arrays.stream(group.getSelectItems()) : Stream.of(item))
                .filter(item -> item.getValue().equals(owner))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(owner);
    }

    private String problemText(StatisticsProblem problem) {
        String error = Texts.get("report.statistics.error." + problem.error().name(),
                problem.value() == null ? "" : problem.value(), ConditionRules.MAX_CONDITIONS,
                ConditionRules.MAX_TEXT, StatisticsRules.MAX_MONTHS);
        if (problem.isCondition()) {
            String field = problem.field() == null ? Texts.get("report.statistics.condition.noField")
                    : fieldLabel(problem.field());
            return Texts.get("report.statistics.message.conditionProblem", problem.position(), field, error);
        }
        if (problem.field() != null) {
            return Texts.get("report.statistics.message.filterProblem", fieldLabel(problem.field()), error);
        }
        return error;
    }

    /** Returns the message for a date the picker cannot read, naming the condition by its number and field. */
    public String dateConversionMessage(int index, ConditionRow row) {
        return Texts.get("report.statistics.message.conditionProblem", index + 1, fieldLabel(row.getField()),
                Texts.get("report.statistics.error.dateUnreadable"));
    }

    /** Returns the label of a condition field. */
    public String fieldLabel(ConditionField field) {
        return field == null ? "" : Texts.get("ConditionField." + field.name());
    }

    /** Returns the label of an operator for a field; dates read "before" and "after". */
    public String operatorLabel(ConditionField field, ConditionOperator operator) {
        if (operator == null) {
            return "";
        }
        String prefix = field != null && field.kind() == ValueKind.DATE ? "ConditionOperator.date."
                : "ConditionOperator.";
        return Texts.get(prefix + operator.name());
    }

    private String valueLabel(ConditionRow row) {
        if (row.getOperator() == null || !row.getOperator().needsValue() || row.getValue() == null) {
            return "";
        }
        return row.getField() == null ? row.getValue() : optionLabel(row.getField(), row.getValue());
    }

    /** Returns the label of a choice or dictionary value, or the value itself for other fields. */
    private String optionLabel(ConditionField field, String value) {
        return valueItems(field).stream()
                .filter(item -> item.getValue().equals(value))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(value);
    }

    /** Returns the fields the advanced query offers for the chosen statistic. */
    public List<SelectItem> getFieldItems() {
        return Arrays.stream(ConditionField.values())
                .filter(field -> field.appliesTo(report.subject()))
                .map(field -> new SelectItem(field, fieldLabel(field)))
                .toList();
    }

    /** Returns the operators a row's field allows. */
    public List<SelectItem> operatorItems(ConditionRow row) {
        if (row.getField() == null) {
            return List.of();
        }
        return row.getField().operators().stream().sorted()
                .map(operator -> new SelectItem(operator, operatorLabel(row.getField(), operator)))
                .toList();
    }

    /** Returns the values a choice or dictionary field offers, labelled in the page's language. */
    public List<SelectItem> valueItems(ConditionField field) {
        if (field == null) {
            return List.of();
        }
        if (field.choices() != null) {
            return Arrays.stream(field.choices().getEnumConstants())
                    .map(constant -> new SelectItem(constant.name(),
                            Texts.get(field.choices().getSimpleName() + "." + constant.name())))
                    .toList();
        }
        if (field.dictionaryList() != null) {
            return dictionaryItems(field.dictionaryList());
        }
        return List.of();
    }

    private List<SelectItem> dictionaryItems(DictionaryList list) {
        Locale locale = locale();
        List<SelectItem> items = new ArrayList<>();
        for (DictionaryOption option : dictionary.options(list, true)) {
            items.add(new SelectItem(option.getCode(), option.label(locale)));
        }
        return items;
    }

    public List<SelectItem> getPaymentMethods() {
        return dictionaryItems(DictionaryList.PAYMENT_METHOD);
    }

    public List<SelectItem> getActivityTypes() {
        return dictionaryItems(DictionaryList.ACTIVITY_TYPE);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isCustomerFilters() {
        return report.subject() == StatisticsSubject.CUSTOMER;
    }

    public boolean isStatusFilter() {
        return isCustomerFilters() && report != StatisticsReport.CUSTOMERS_BY_STATUS;
    }

    public boolean isContractFilter() {
        return report.subject() == StatisticsSubject.CONTRACT || report.subject() == StatisticsSubject.PAYMENT;
    }

    public boolean isPaymentFilter() {
        return report.subject() == StatisticsSubject.PAYMENT;
    }

    public boolean isActivityFilter() {
        return report.subject() == StatisticsSubject.ACTIVITY;
    }

    /** Returns the indexes of the table's columns, for the page's dynamic columns. */
    public List<Integer> getColumnIndexes() {
        return table == null ? List.of() : IntStream.range(0, table.columns().size()).boxed().toList();
    }

    /** Returns a cell of the table as text: the label, or a count, amount or share formatted for its column. */
    public String cell(StatisticsTableRow row, int index) {
        if (index == 0) {
            return row.label();
        }
        Number value = row.values().get(index - 1);
        if (value == null) {
            return "";
        }
        return switch (table.columns().get(index).kind()) {
            case AMOUNT -> formats.money((BigDecimal) value);
            case PERCENT -> ((BigDecimal) value).toPlainString();
            default -> String.format(Locale.ROOT, "%,d", value.longValue());
        };
    }

    public StatisticsReport[] getReports() {
        return StatisticsReport.values();
    }

    public PeriodChoice[] getPeriods() {
        return PeriodChoice.values();
    }

    public CustomerType[] getCustomerTypes() {
        return CustomerType.values();
    }

    public CustomerStatus[] getCustomerStatuses() {
        return CustomerStatus.values();
    }

    public List<ContractStatus> getContractStatuses() {
        return Arrays.stream(ContractStatus.values()).filter(ContractStatus::isSigned).toList();
    }

    public List<ConditionRow> getConditions() {
        return conditions;
    }

    public StatisticsTable getTable() {
        return table;
    }

    public String getChartJson() {
        return chartJson;
    }

    public int getChartHeight() {
        return chartHeight;
    }

    /** Returns whether the statistic counted any record, without which the chart is left out. */
    public boolean isRecords() {
        return records;
    }

    public boolean isUnconverted() {
        return unconverted;
    }

    public String getUnconvertedList() {
        return unconvertedList;
    }

    public OwnerChoices getOwnerChoices() {
        return ownerChoices;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public StatisticsReport getReport() {
        return report;
    }

    public void setReport(StatisticsReport report) {
        this.report = report;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public void setPeriod(PeriodChoice period) {
        this.period = period;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public void setCustomerType(CustomerType customerType) {
        this.customerType = customerType;
    }

    public CustomerStatus getCustomerStatus() {
        return customerStatus;
    }

    public void setCustomerStatus(CustomerStatus customerStatus) {
        this.customerStatus = customerStatus;
    }

    public ContractStatus getContractStatus() {
        return contractStatus;
    }

    public void setContractStatus(ContractStatus contractStatus) {
        this.contractStatus = contractStatus;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getActivityType() {
        return activityType;
    }

    public void setActivityType(String activityType) {
        this.activityType = activityType;
    }
}
