package org.xtoolscrm.money;

import java.io.Serializable;
import java.math.BigDecimal;

/** The fields of one line item of a quote or a contract, as a user enters them. */
public class LineItemForm implements Serializable {

    private String product;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    /** The discount in percent; null means no discount. */
    private BigDecimal discountPercent;

    public LineItemForm() {
    }

    public LineItemForm(String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
    }

    /**
     * Copies a stored line, for an edit dialog: the quantity and the discount without
     * trailing zeros, and the unit price with the decimal places of the currency.
     */
    public static LineItemForm of(String product, BigDecimal quantity, BigDecimal unitPrice,
                                  BigDecimal discountPercent, String currency) {
        return new LineItemForm(product, plain(quantity), unitPrice.setScale(Money.decimalsOf(currency)),
                plain(discountPercent));
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
