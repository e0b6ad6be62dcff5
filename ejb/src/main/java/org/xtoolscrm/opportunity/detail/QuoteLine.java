package org.xtoolscrm.opportunity.detail;

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
 * One line of a quote: a product, its quantity, unit price and discount, and the line's
 * total as {@link LineArithmetic} computes it. A line is part of its quote: it is
 * changed only through the quote, whose version covers it.
 */
@Entity
@Table(name = "opportunity_quote_line")
public class QuoteLine {

    public static final int PRODUCT_MAX = LineItemRules.PRODUCT_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false, updatable = false)
    private Quote quote;

    /** The line's place in the quote, from 0. */
    @Column(name = "line_no", nullable = false)
    private int lineNo;

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

    protected QuoteLine() {
    }

    QuoteLine(Quote quote, int lineNo) {
        this.quote = quote;
        this.lineNo = lineNo;
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

    public int getLineNo() {
        return lineNo;
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
        return (lineNo + 1) + ". " + product + " x " + quantity.stripTrailingZeros().toPlainString() + " @ "
                + unitPrice.toPlainString() + " -" + discountPercent.toPlainString() + "% = "
                + lineTotal.toPlainString();
    }
}
