package org.guildmark.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.guildmark.core.report.ReportFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a report format by its lower-case name. */
final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.code().equals(value.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a report format; use one of "
                + Arrays.stream(ReportFormat.values()).map(ReportFormat::code).collect(Collectors.joining(", ")));
    }
}
