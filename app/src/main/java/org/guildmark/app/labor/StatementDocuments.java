package org.guildmark.app.labor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's statements: one CSV with every participant's line, for the production's books, and one PDF per
 * participant, for that participant, naming only them and the pool. Amounts are the stored decimals as text.
 */
final class StatementDocuments {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private StatementDocuments() {
    }

    static String csv(RevenueStatements.Statement s) {
        RevenueReport r = s.report();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("production", "period_start",
                "period_end", "currency", "revenue", "creator_pool_percent", "pool", "person", "name", "percent",
                "exact_share", "amount").get())) {
            for (RevenueReport.StatementLine l : r.lines()) {
                csv.printRecord(s.production().code(), r.periodStart(), r.periodEnd(), r.currency(),
                        r.revenue().toPlainString(), s.agreement().poolPercent().toPlainString(),
                        r.pool().toPlainString(), l.person(), l.name(), l.percent().toPlainString(),
                        l.exact().toPlainString(), l.amount().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One participant's statement as PDF. Helvetica, so names are written in Windows-1252 (Latin) letters. */
    static byte[] pdf(RevenueStatements.Statement s, RevenueReport.StatementLine line) {
        RevenueReport r = s.report();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Revenue-share statement: " + s.production().title() + ", " + line.name());
            document.addCreator("Guildmark");
            document.open();
            document.add(new Paragraph("Revenue-share statement", TITLE));
            document.add(new Paragraph("AIMEG Code of Ethics, clause 2.3: human creators share in the revenue of "
                    + "AI-assisted work.", SMALL));
            document.add(new Paragraph(" ", BODY));
            PdfPTable facts = new PdfPTable(new float[] {2, 3});
            facts.setWidthPercentage(100);
            row(facts, "Participant", line.name());
            row(facts, "Production", s.production().title() + " (" + s.production().code() + ")");
            row(facts, "Period", r.periodStart() + " to " + r.periodEnd());
            row(facts, "Revenue" + (s.agreement().basis() == null ? "" : " (" + s.agreement().basis() + ")"),
                    money(r.revenue().toPlainString(), r.currency()));
            row(facts, "Creator pool", s.agreement().poolPercent().toPlainString() + " % of revenue = "
                    + money(r.pool().toPlainString(), r.currency()));
            row(facts, "Your percent of the pool", line.percent().toPlainString() + " %");
            row(facts, "Your exact share", money(line.exact().toPlainString(), r.currency()));
            PdfPCell label = new PdfPCell(new Phrase("Amount due to you", BOLD));
            PdfPCell amount = new PdfPCell(new Phrase(money(line.amount().toPlainString(), r.currency()), BOLD));
            amount.setHorizontalAlignment(Element.ALIGN_LEFT);
            facts.addCell(label);
            facts.addCell(amount);
            document.add(facts);
            document.add(new Paragraph(" ", BODY));
            document.add(new Paragraph("How it was computed: the pool is the revenue times the pool percent, rounded "
                    + "half-even to the currency's minor unit. Each participant's exact share is the pool times their "
                    + "percent; each is paid that share rounded down, and the minor units left over go one each to "
                    + "the largest remainders (ties: larger percent, then the order the dossier lists), so the "
                    + "amounts paid add up to the pool exactly.", SMALL));
            document.add(new Paragraph("Reported by " + r.reportedBy() + " on "
                    + r.reportedAt().atOffset(ZoneOffset.UTC).toLocalDate() + "; terms from the production's dossier "
                    + "version " + s.agreement().version() + " (SHA-256 " + s.agreement().dossierSha256() + ").",
                    SMALL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the statement could not be laid out", e);
        }
        return bytes.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, BODY)));
        table.addCell(new PdfPCell(new Phrase(value, BODY)));
    }

    private static String money(String amount, String currency) {
        return amount + " " + currency;
    }
}
