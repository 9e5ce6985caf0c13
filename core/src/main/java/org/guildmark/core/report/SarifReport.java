package org.guildmark.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.audit.Rule;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Rules;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.audit.Verdict;
import org.guildmark.core.read.Problem;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as SARIF 2.1.0, for CI pipelines and code-scanning dashboards: one run per dossier, every audit
 * rule as a reporting descriptor (plus {@value #DOSSIER_ERROR} for input the reader rejected), one result per
 * finding. A finding's stable id is its partial fingerprint, so a dashboard tracks it across dossier versions.
 */
public final class SarifReport implements ReportWriter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    /** The rule id of results that are dossier errors rather than findings. */
    public static final String DOSSIER_ERROR = "dossier-error";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void write(List<AuditReport> reports, Writer out) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ArrayNode runs = root.putArray("runs");
        for (AuditReport report : reports) {
            runs.add(run(report));
        }
        out.write(MAPPER.writeValueAsString(root));
        out.write('\n');
    }

    private static ObjectNode run(AuditReport report) {
        ObjectNode run = NODES.objectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Guildmark");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : Rules.all()) {
            RuleSpec spec = rule.spec();
            ruleIndex.put(spec.id(), rules.size());
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", spec.id());
            descriptor.putObject("shortDescription").put("text", spec.checks());
            descriptor.putObject("defaultConfiguration").put("level", level(spec.severity()));
            ObjectNode properties = descriptor.putObject("properties");
            properties.put("clause", spec.clause());
            properties.put("severity", spec.severity().code());
        }
        int dossierErrorIndex = rules.size();
        ObjectNode dossierError = rules.addObject();
        dossierError.put("id", DOSSIER_ERROR);
        dossierError.putObject("shortDescription")
                .put("text", "the dossier is readable and valid dossier/v1; an invalid dossier cannot be audited");
        dossierError.putObject("defaultConfiguration").put("level", "error");

        String dossierUri = uri(report.dossier());
        if (report.dossierSha256() != null) {
            ObjectNode artifact = run.putArray("artifacts").addObject();
            artifact.putObject("location").put("uri", dossierUri);
            artifact.putObject("hashes").put("sha-256", report.dossierSha256());
        }

        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                result.put("ruleIndex", index);
            }
            result.put("level", level(f.severity()));
            result.putObject("message").put("text", f.message() + " Remediation: " + f.remediation());
            ObjectNode location = result.putArray("locations").addObject();
            location.putObject("physicalLocation").putObject("artifactLocation").put("uri", dossierUri);
            logical(location, f.subject());
            result.putObject("partialFingerprints").put("guildmarkFindingId", f.id());
            ObjectNode properties = result.putObject("properties");
            properties.put("clause", f.clause());
            properties.put("severity", f.severity().code());
        }
        for (Problem p : report.errors()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", DOSSIER_ERROR);
            result.put("ruleIndex", dossierErrorIndex);
            result.put("level", "error");
            result.putObject("message").put("text", p.message());
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            Position at = Position.parse(p.location());
            physical.putObject("artifactLocation").put("uri", at.file() == null ? dossierUri : uri(at.file()));
            if (at.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", at.line());
                if (at.column() > 0) {
                    region.put("startColumn", at.column());
                }
            }
            logical(location, p.pointer());
        }

        ObjectNode properties = run.putObject("properties");
        properties.put("production", report.production());
        properties.put("title", report.title());
        properties.put("codeVersion", report.codeVersion());
        properties.put("asOf", String.valueOf(report.asOf()));
        properties.put("adl", report.adl() == null ? null : report.adl().display());
        properties.put("verdict", report.verdict().code());
        ObjectNode counts = properties.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.code(), report.count(s));
        }
        ObjectNode omitted = properties.putObject("omitted");
        new TreeMap<>(report.omitted()).forEach(omitted::put);
        properties.put("errorsOmitted", report.errorsOmitted());
        if (report.verdict() != Verdict.INVALID) {
            report.attestationsMissing().forEach(properties.putArray("attestationsMissing")::add);
        }
        report.outOfScope().forEach(properties.putArray("outOfScope")::add);
        return run;
    }

    private static void logical(ObjectNode location, String pointer) {
        if (pointer != null && !pointer.isEmpty()) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", pointer);
        }
    }

    /** blocking → error, major → warning, minor and info → note. */
    static String level(Severity severity) {
        return switch (severity) {
            case BLOCKING -> "error";
            case MAJOR -> "warning";
            case MINOR, INFO -> "note";
        };
    }

    /**
     * A file path as a SARIF URI reference: forward slashes, characters a URI may not hold percent-encoded,
     * absolute Windows and UNC paths as {@code file:} URIs (a relative path stays relative).
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        String prefix = "";
        if (p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/') {
            prefix = "file:///" + p.substring(0, 2);
            p = p.substring(2);
        } else if (p.startsWith("//")) {
            prefix = "file:";
        }
        StringBuilder b = new StringBuilder(prefix);
        for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    /** {@code file:line:column} of a {@link Problem}; line and column are 0 when the location has none. */
    record Position(String file, int line, int column) {

        static Position parse(String location) {
            if (location == null || location.isEmpty()) {
                return new Position(null, 0, 0);
            }
            int last = location.lastIndexOf(':');
            int lastNumber = number(location, last);
            if (lastNumber < 0) {
                return new Position(location, 0, 0);
            }
            int previous = last > 0 ? location.lastIndexOf(':', last - 1) : -1;
            int previousNumber = number(location, previous, last);
            if (previousNumber >= 0) {
                return new Position(nonEmpty(location.substring(0, previous)), previousNumber, lastNumber);
            }
            return new Position(nonEmpty(location.substring(0, last)), lastNumber, 0);
        }

        private static int number(String s, int colon) {
            return number(s, colon, s.length());
        }

        private static int number(String s, int colon, int end) {
            if (colon < 0 || colon + 1 >= end) {
                return -1;
            }
            String digits = s.substring(colon + 1, end);
            if (digits.length() > 9 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return -1;
            }
            return Integer.parseInt(digits);
        }

        private static String nonEmpty(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
