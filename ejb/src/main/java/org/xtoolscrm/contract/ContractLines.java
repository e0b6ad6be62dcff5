package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.xtoolscrm.money.LineItemForm;

/**
 * The line items of a contract as the contract page shows them, with what a save of the
 * lines needs: the contract's version and currency.
 *
 * @param amount the contract's amount, the total of the lines while there are any
 */
public record ContractLines(long contractId, int contractVersion, String currency, BigDecimal amount,
                            List<ContractLineRow> rows) implements Serializable {

    public ContractLines {
        rows = List.copyOf(rows);
    }

    static ContractLines of(Contract contract) {
        return new ContractLines(contract.getId(), contract.getVersion(), contract.getCurrency(), contract.getAmount(),
                contract.getLines().stream().map(ContractLineRow::of).toList());
    }

    /** Returns copies of the lines, for a dialog that edits them. */
    public List<LineItemForm> forms() {
        return rows.stream()
                .map(row -> LineItemForm.of(row.product(), row.quantity(), row.unitPrice(), row.discountPercent(),
                        currency))
                .toList();
    }
}
