package org.guildmark.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.guildmark.core.audit.AuditReport;

/** Renders audit reports in one output format. Output is deterministic: same reports, same bytes. */
public interface ReportWriter {

    /** Writes the reports of one run (one or more dossiers) as one document. */
    void write(List<AuditReport> reports, Writer out) throws IOException;
}
