package org.guildmark.core.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.guildmark.core.adl.Adl;
import org.guildmark.core.adl.Marker;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.read.Problem;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code audit-report/v1} JSON document, in the shape {@code audit-rules.md} fixes. One dossier gives one
 * object; several give an array of them.
 */
public final class JsonReport implements ReportWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void write(List<AuditReport> reports, Writer out) throws IOException {
        Object document;
        if (reports.size() == 1) {
            document = toJson(reports.get(0));
        } else {
            ArrayNode array = NODES.arrayNode();
            reports.forEach(r -> array.add(toJson(r)));
            document = array;
        }
        out.write(MAPPER.writeValueAsString(document));
        out.write('\n');
    }

    public static ObjectNode toJson(AuditReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("guildmark", AuditReport.FORMAT);
        root.put("dossier", report.dossier());
        root.put("dossierSha256", report.dossierSha256());
        root.put("production", report.production());
        root.put("title", report.title());
        root.put("codeVersion", report.codeVersion());
        root.put("asOf", report.asOf().toString());
        root.set("adl", report.adl() == null ? NODES.nullNode() : adl(report.adl()));
        root.put("verdict", report.verdict().code());
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.code(), report.count(s));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("id", f.id());
            node.put("clause", f.clause());
            node.put("severity", f.severity().code());
            node.put("rule", f.rule());
            node.put("subject", f.subject());
            node.put("message", f.message());
            node.put("remediation", f.remediation());
        }
        ObjectNode omitted = root.putObject("omitted");
        for (Map.Entry<String, Long> e : report.omitted().entrySet()) {
            omitted.put(e.getKey(), e.getValue());
        }
        ObjectNode attestations = root.putObject("attestations");
        report.attestationsRequired().forEach(attestations.putArray("required")::add);
        report.attestationsMissing().forEach(attestations.putArray("missing")::add);
        report.outOfScope().forEach(root.putArray("outOfScope")::add);
        ArrayNode errors = root.putArray("errors");
        for (Problem p : report.errors()) {
            ObjectNode node = errors.addObject();
            node.put("location", p.location());
            node.put("pointer", p.pointer());
            node.put("message", p.message());
        }
        root.put("errorsOmitted", report.errorsOmitted());
        root.put("assets", report.assets());
        return root;
    }

    public static ObjectNode adl(Adl adl) {
        ObjectNode node = NODES.objectNode();
        node.put("level", adl.level());
        node.put("display", adl.display());
        node.put("share", plain(adl.shareRounded()));
        ArrayNode markers = node.putArray("markers");
        for (Marker m : adl.markers()) {
            markers.add(m.name());
        }
        node.put("aiSeconds", plain(adl.aiSeconds()));
        node.put("totalSeconds", plain(adl.totalSeconds()));
        node.put("rule", adl.rule());
        return node;
    }

    /** Without trailing zeros and never in exponent form: 0.083, 12.5, 100. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
