package org.guildmark.core.dossier;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount in an ISO-4217 currency. There is no constructor taking a double, on purpose. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean sameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
