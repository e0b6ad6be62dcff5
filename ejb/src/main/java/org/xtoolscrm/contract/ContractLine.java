package org.xtoolscrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.xtoolscrm.money.LineArithmetic;
import org.xtoolscrm.money.LineItemRules;

/**
 * One line item of a contract: a product, its quantity, unit price and discount, and the
 * line's total as {@link LineArithmetic} computes it, in the contract's currency. A line
 * is part of its contract: it is changed only through the contract, whose version covers
 * it, and it follows the contract's row into the recycle bin.
 */
@Entity
@Table(name = "contract_line")
public class ContractLine {

    public static final int PRODUCT_MAX = LineItemRules.PRODUCT_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    /** The line's place in the contract, from 0. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = PRODUCT_MAX)
    private String product;

    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "line_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal lineTotal;

    protected ContractLine() {
    }

    ContractLine(Contract contract, int position) {
        this.contract = contract;
        this.position = position;
    }

    /**
     * Sets the line's values at the scales of their columns, so the change log compares
     * them as the database returns them.
     */
    void set(String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
             BigDecimal lineTotal) {
        this.product = product;
        this.quantity = quantity.setScale(3);
        this.unitPrice = unitPrice.setScale(2);
        this.discountPercent = discountPercent.setScale(2);
        this.lineTotal = lineTotal.setScale(2);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Returns the discount in percent, from 0 to 100. */
    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    /** Returns quantity × unit price × (1 − discount / 100), rounded half-even to the currency's decimal places. */
    public BigDecimal getLineTotal() {
        return lineTotal;
    }

    /** Returns the line as the change log shows it, such as {@code 2. Server x 2 @ 100.00 -5.00% = 190.00}. */
    String auditText() {
        return (position + 1) + ". " + product + " x " + quantity.stripTrailingZeros().toPlainString() + " @ "
                + unitPrice.toPlainString() + " -" + discountPercent.toPlainString() + "% = "
                + lineTotal.toPlainString();
    }
}
