package org.guildmark.core.revenue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A revenue-share statement as text for people, JSON for programs and CSV (RFC 4180) for spreadsheets. Amounts are
 * plain decimals in the currency's minor-unit scale, never floating point.
 */
public final class StatementFormats {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatementFormats() {
    }

    /** @param names participants' names by person id, for the statement (an id without a name is shown as is) */
    public static String text(String title, RevenueSplit.Statement s, Map<String, String> names) {
        StringBuilder b = new StringBuilder();
        b.append("Revenue share: ").append(title).append('\n');
        b.append("revenue       ").append(s.revenue().toPlainString()).append(' ').append(s.currency()).append('\n');
        b.append("creator pool  ").append(s.poolPercent().toPlainString()).append(" % = ")
                .append(s.pool().toPlainString()).append(' ').append(s.currency()).append('\n').append('\n');
        int width = 12;
        for (RevenueSplit.Share share : s.shares()) {
            width = Math.max(width, names.getOrDefault(share.person(), share.person()).length());
        }
        b.append(String.format("%-" + width + "s %9s %16s%n", "participant", "percent", "amount"));
        for (RevenueSplit.Share share : s.shares()) {
            b.append(String.format("%-" + width + "s %9s %16s%n", names.getOrDefault(share.person(), share.person()),
                    share.percent().toPlainString(), share.amount().toPlainString()));
        }
        b.append(String.format("%-" + width + "s %9s %16s%n", "total", "100", s.pool().toPlainString()));
        b.append("\nLargest remainder: each share is rounded down to the minor unit, and the units left over go to\n"
                + "the largest remainders (ties: the larger percent, then the order listed).\n");
        return b.toString();
    }

    public static String json(String production, RevenueSplit.Statement s, Map<String, String> names) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("guildmark", "revenue-share/v1");
        root.put("production", production);
        root.put("currency", s.currency());
        root.put("revenue", s.revenue().toPlainString());
        root.put("creatorPoolPercent", s.poolPercent().toPlainString());
        root.put("pool", s.pool().toPlainString());
        root.put("method", "largest-remainder");
        ArrayNode shares = root.putArray("shares");
        for (RevenueSplit.Share share : s.shares()) {
            ObjectNode n = shares.addObject();
            n.put("person", share.person());
            n.put("name", names.get(share.person()));
            n.put("percent", share.percent().toPlainString());
            n.put("exact", share.exact().toPlainString());
            n.put("amount", share.amount().toPlainString());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    public static String csv(RevenueSplit.Statement s, Map<String, String> names) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("person", "name", "percent", "exact", "amount", "currency").get())) {
            for (RevenueSplit.Share share : s.shares()) {
                csv.printRecord(share.person(), names.getOrDefault(share.person(), ""), share.percent().toPlainString(),
                        share.exact().toPlainString(), share.amount().toPlainString(), s.currency());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
