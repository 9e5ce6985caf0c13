package org.guildmark.app.consent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * A collection bound as one SQL array parameter, for {@code column = ANY(:values)}. Unlike an expanded
 * {@code IN (:values)}, whose text has one placeholder per value, the statement's text stays the same whatever the
 * number of values, so the database parses and plans it once. PostgreSQL and H2 both read {@code = ANY} of an array.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    /** The values as an array of the SQL type {@code elementType} ({@code uuid}, {@code varchar}). */
    static AbstractSqlTypeValue of(String elementType, Collection<?> values) {
        Object[] elements = values.toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName)
                    throws SQLException {
                return connection.createArrayOf(elementType, elements);
            }
        };
    }
}
