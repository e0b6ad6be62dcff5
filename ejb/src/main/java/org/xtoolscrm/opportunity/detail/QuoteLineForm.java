package org.xtoolscrm.opportunity.detail;

import java.io.Serializable;
import java.math.BigDecimal;
import org.xtoolscrm.money.Money;

/** The fields of one quote line as a user enters them. */
public class QuoteLineForm implements Serializable {

    private String product;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    /** The discount in percent; null means no discount. */
    private BigDecimal discountPercent;

    public QuoteLineForm() {
    }

    public QuoteLineForm(String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
    }

    /**
     * Copies a stored line, for an edit dialog: the quantity and the discount without
     * trailing zeros, and the unit price with the decimal places of the currency.
     */
    static QuoteLineForm of(QuoteLine line, String currency) {
        return new QuoteLineForm(line.getProduct(), plain(line.getQuantity()),
                line.getUnitPrice().setScale(Money.decimalsOf(currency)), plain(line.getDiscountPercent()));
    }

    /** Returns whether the user left every field of the line empty, so the line is ignored. */
    public boolean isBlank() {
        return (product == null || product.isBlank()) && quantity == null && unitPrice == null
                && discountPercent == null;
    }

    /** Returns the value without trailing zeros, in plain notation: 2.500 as 2.5, 100.00 as 100. */
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }
}
