package org.guildmark.core.trust.certificate;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a production certificate asserts about the production ({@code credentialSubject}). */
public record CertificateSubject(String productionId, String title, int adl, String adlDisplay, String codeVersion,
        String dossierSha256, String auditReportSha256, Instant certifiedAt) {

    public CertificateSubject {
        certifiedAt = PayloadFields.seconds(certifiedAt);
    }

    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", productionId);
        n.put("title", title);
        n.put("adl", adl);
        n.put("adlDisplay", adlDisplay);
        n.put("codeVersion", codeVersion);
        n.put("dossierSha256", dossierSha256);
        n.put("auditReportSha256", auditReportSha256);
        n.put("certifiedAt", PayloadFields.format(certifiedAt));
        return n;
    }

    static CertificateSubject fromJson(JsonNode n) {
        String p = "/credentialSubject/";
        return new CertificateSubject(PayloadFields.string(n, "id", p + "id"), PayloadFields.string(n, "title",
                p + "title"), PayloadFields.integer(n, "adl", p + "adl"), PayloadFields.string(n, "adlDisplay",
                        p + "adlDisplay"), PayloadFields.string(n, "codeVersion", p + "codeVersion"),
                PayloadFields.string(n, "dossierSha256", p + "dossierSha256"),
                PayloadFields.string(n, "auditReportSha256", p + "auditReportSha256"),
                PayloadFields.instant(n, "certifiedAt", p + "certifiedAt"));
    }
}
