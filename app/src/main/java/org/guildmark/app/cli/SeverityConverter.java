package org.guildmark.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.guildmark.core.audit.Severity;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a severity by its lower-case name. */
final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(value.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a severity; use one of "
                + Arrays.stream(Severity.values()).map(Severity::code).collect(Collectors.joining(", ")));
    }
}
