package org.guildmark.app.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The case page's decision form, kept as typed when it comes back with messages. */
public class DecisionForm {
    private String outcome = "";
    private List<String> clauses = new ArrayList<>();
    private String reasons = "";
    private List<String> panel = new ArrayList<>();
    private List<String> kinds = new ArrayList<>();
    private String from = "";
    private String until = "";
    private String amount = "";
    private String currency = "";
    private String certificate = "";
    private boolean published;

    /** The request the form makes; dates it cannot read become problems in {@code problems}. */
    Adjudication.DecisionRequest request(Instant now, List<EnforcementRefusal.Problem> problems) {
        Instant start = date(from, "/sanctions/0/from", problems);
        Instant end = date(until, "/sanctions/0/until", problems);
        BigDecimal fine = null;
        if (amount != null && !amount.isBlank()) {
            try {
                fine = new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                problems.add(new EnforcementRefusal.Problem("/sanctions/0/amount", "Give the fine as a number, e.g. "
                        + "2500.00.", "bad-amount"));
            }
        }
        List<Adjudication.SanctionRequest> sanctions = new ArrayList<>();
        for (String kind : kinds) {
            Instant effective = start == null || !start.isAfter(now) ? now : start;
            sanctions.add(new Adjudication.SanctionRequest(kind, effective, end, fine, currency, certificate));
        }
        return new Adjudication.DecisionRequest(outcome, clauses, reasons, panel, sanctions, published);
    }

    private static Instant date(String text, String pointer, List<EnforcementRefusal.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add(new EnforcementRefusal.Problem(pointer, "Give a date as YYYY-MM-DD.", "bad-date"));
            return null;
        }
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public List<String> getClauses() {
        return clauses;
    }

    public void setClauses(List<String> clauses) {
        this.clauses = clauses == null ? new ArrayList<>() : clauses;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public List<String> getPanel() {
        return panel;
    }

    public void setPanel(List<String> panel) {
        this.panel = panel == null ? new ArrayList<>() : panel;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
