package org.xtoolscrm.web.contract;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.contract.ContractLineRow;
import org.xtoolscrm.contract.ContractLineRules;
import org.xtoolscrm.contract.ContractLines;
import org.xtoolscrm.contract.ContractLinesService;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.money.LineItemRules;
import org.xtoolscrm.money.LinePreview;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;

/**
 * Backs contract/tab/lines.xhtml: the contract's line items, and the dialog that edits them
 * as a whole and shows the totals while the user types. While a contract has lines its
 * amount is their total. Lines that someone else changed in the meantime are never
 * overwritten: the dialog shows a message and the latest lines.
 */
@Named
@ViewScoped
public class ContractLinesTab implements Serializable {

    private static final Logger LOG = Logger.getLogger(ContractLinesTab.class.getName());

    /** The id of the dialog's form. */
    static final String FORM_ID = "contract-lines-form";

    /** The id of the form's table of lines, whose row fields are named as in a line. */
    static final String LINES_ID = "lines";

    @EJB
    private ContractLinesService contractLines;

    @Inject
    private ContractView view;

    @Inject
    private Formats formats;

    private Long contractId;
    /** The stored lines with the contract's version, or null until they are read. */
    private ContractLines stored;
    private List<LineItemForm> form = new ArrayList<>();

    @PostConstruct
    void init() {
        contractId = ContractTabContext.contractId(FacesContext.getCurrentInstance());
    }

    /** Returns the stored lines of the contract, read once per view and after each save. */
    public List<ContractLineRow> getLines() {
        if (stored == null) {
            reload();
        }
        return stored == null ? List.of() : stored.rows();
    }

    /** Opens the dialog with the stored lines, and one empty line when there are none. */
    public void startEdit() {
        if (!reload()) {
            Texts.error("contractLine.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        form = new ArrayList<>(stored.forms());
        if (form.isEmpty()) {
            form.add(new LineItemForm());
        }
    }

    public void addLine() {
        form.add(new LineItemForm());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < form.size()) {
            form.remove(index);
        }
    }

    /**
     * Checks every line on the page first, so all invalid fields show at once, then saves
     * through the service. The dialog stays open when a line is rejected or the contract
     * was changed in the meantime.
     */
    public void save() throws IOException {
        if (stored == null) {
            Texts.error("contractLine.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<ContractProblem> problems = ContractLineRules.problems(form, stored.currency());
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        try {
            stored = contractLines.saveLines(contractId, stored.contractVersion(), form);
            String key = stored.rows().isEmpty() ? "contractLine.message.cleared" : "contractLine.message.saved";
            Texts.info(key, formats.money(stored.amount()), stored.currency());
            // The lines set the contract's amount and version, which the page's header and overview show.
            view.reload();
            PrimeFaces.current().ajax().update(":actions");
        } catch (InvalidContractException e) {
            show(e.getProblems());
        } catch (StaleContractException e) {
            Texts.error("contractLine.message.stale");
            startEdit();
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException e) {
            Texts.error("contractLine.message.notFound");
            stored = null;
        }
    }

    /** Returns the line's total as the dialog shows it, or an empty text while it cannot be computed. */
    public String lineTotal(LineItemForm line) {
        BigDecimal total = LinePreview.lineTotal(line, getCurrency());
        return total == null ? "" : formats.money(total);
    }

    /** Returns the total of the lines that have a total, as the dialog shows it. */
    public String getFormTotal() {
        return formats.money(LinePreview.total(form, getCurrency()));
    }

    /** Returns whether some line that is not blank has no total yet, so the shown total leaves it out. */
    public boolean isLinesIncomplete() {
        return LinePreview.anyIncomplete(form);
    }

    private void show(List<ContractProblem> problems) {
        for (ContractProblem problem : problems) {
            Integer row = ContractLineRules.lineIndex(problem);
            if (row == null) {
                ContractTabContext.show(List.of(problem), FORM_ID);
            } else {
                ContractTabContext.showOnRow(problem, FORM_ID, LINES_ID, row);
            }
        }
    }

    /** Reads the contract's lines again; returns false when it is gone or not visible. */
    private boolean reload() {
        if (contractId == null) {
            return false;
        }
        try {
            stored = contractLines.lines(contractId);
            return true;
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Contract " + contractId + " is not visible; its lines tab is empty");
            stored = null;
            return false;
        }
    }

    public List<LineItemForm> getForm() {
        return form;
    }

    /** Returns the contract's currency, in which the prices are entered. */
    public String getCurrency() {
        return stored == null ? null : stored.currency();
    }

    /** Returns the contract's amount, the total of its lines while it has any. */
    public BigDecimal getAmount() {
        return stored == null ? null : stored.amount();
    }

    public int getProductMax() {
        return LineItemRules.PRODUCT_MAX;
    }
}
