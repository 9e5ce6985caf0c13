package org.guildmark.core.revenue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Divides a creator pool among human creators (clause 2.3) in exact decimal arithmetic, so the amounts paid add up
 * to the pool to the last minor unit (cent, yen, fils).
 *
 * <p>The pool is {@code revenue × creatorPoolPercent / 100}, rounded half-even to the currency's minor unit. Each
 * participant's exact share is {@code pool × percent / 100}; each gets that share rounded down to the minor unit,
 * and the minor units left over (fewer than there are participants) go one each to the largest remainders: the
 * <b>largest-remainder method</b> (Hamilton). Ties are broken by the larger percent, then by the order the
 * participants are listed in, so the same input always pays the same way and a larger percent is never paid less.
 */
public final class RevenueSplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RevenueSplit() {
    }

    /** One participant as listed: who, and their percent of the creator pool. */
    public record Participant(String person, BigDecimal percent) {
    }

    /** What a participant is paid. {@code exact} is the share before rounding, for the statement. */
    public record Share(String person, BigDecimal percent, BigDecimal exact, BigDecimal amount) {
    }

    /** The division of one revenue amount. */
    public record Statement(String currency, BigDecimal revenue, BigDecimal poolPercent, BigDecimal pool,
            List<Share> shares) {
        public Statement {
            shares = List.copyOf(shares);
        }
    }

    /** Input that cannot be divided: what is wrong, and where ({@code revenue}, {@code participants[2].percent}). */
    public static final class InvalidSplit extends IllegalArgumentException {
        private final String where;

        InvalidSplit(String where, String message) {
            super(message);
            this.where = where;
        }

        public String where() {
            return where;
        }
    }

    public static Statement divide(BigDecimal revenue, String currencyCode, BigDecimal poolPercent,
            List<Participant> participants) {
        int digits = minorDigits(currencyCode);
        if (revenue == null || revenue.signum() < 0) {
            throw new InvalidSplit("revenue", "The revenue is a non-negative amount, was " + revenue + ".");
        }
        if (revenue.stripTrailingZeros().scale() > digits) {
            throw new InvalidSplit("revenue", "The revenue " + revenue.toPlainString() + " has more decimals than "
                    + currencyCode + " has minor units (" + digits + ").");
        }
        if (poolPercent == null || poolPercent.signum() < 0 || poolPercent.compareTo(HUNDRED) > 0) {
            throw new InvalidSplit("creatorPoolPercent", "The creator pool is 0 to 100 percent, was " + poolPercent
                    + ".");
        }
        if (participants.isEmpty()) {
            throw new InvalidSplit("participants", "Name at least one participant.");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < participants.size(); i++) {
            BigDecimal p = participants.get(i).percent();
            if (p == null || p.signum() < 0) {
                throw new InvalidSplit("participants[" + i + "].percent", "A percent is 0 or more, was " + p + ".");
            }
            total = total.add(p);
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidSplit("participants", "The participants' percents add up to " + total.toPlainString()
                    + ", not 100.");
        }

        BigDecimal pool = revenue.multiply(poolPercent).divide(HUNDRED).setScale(digits, RoundingMode.HALF_EVEN);
        BigInteger poolUnits = pool.movePointRight(digits).toBigIntegerExact();
        record Part(int index, Participant who, BigDecimal exactUnits, BigInteger floor, BigDecimal remainder) {
        }
        List<Part> parts = new ArrayList<>(participants.size());
        BigInteger paid = BigInteger.ZERO;
        for (int i = 0; i < participants.size(); i++) {
            Participant who = participants.get(i);
            BigDecimal exactUnits = new BigDecimal(poolUnits).multiply(who.percent()).divide(HUNDRED);
            BigInteger floor = exactUnits.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            parts.add(new Part(i, who, exactUnits, floor, exactUnits.subtract(new BigDecimal(floor))));
            paid = paid.add(floor);
        }
        int left = poolUnits.subtract(paid).intValueExact();
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing(Part::remainder).reversed()
                .thenComparing(Comparator.comparing((Part p) -> p.who().percent()).reversed())
                .thenComparingInt(Part::index));
        boolean[] extra = new boolean[parts.size()];
        for (int k = 0; k < left; k++) {
            extra[byRemainder.get(k).index()] = true;
        }
        List<Share> shares = new ArrayList<>(parts.size());
        for (Part p : parts) {
            BigInteger units = extra[p.index()] ? p.floor().add(BigInteger.ONE) : p.floor();
            shares.add(new Share(p.who().person(), p.who().percent(),
                    p.exactUnits().movePointLeft(digits).stripTrailingZeros(),
                    new BigDecimal(units).movePointLeft(digits).setScale(digits)));
        }
        return new Statement(currencyCode, revenue.setScale(digits), poolPercent, pool, shares);
    }

    /** The currency's minor-unit digits (ISO 4217): USD 2, JPY 0, BHD 3. */
    static int minorDigits(String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSplit("currency", "'" + currencyCode + "' is not an ISO 4217 currency code (e.g. USD, "
                    + "EUR, JPY).");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidSplit("currency", currencyCode + " has no minor unit to pay in; use a currency.");
        }
        return digits;
    }
}
