package org.guildmark.core.evidence.c2pa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The software that performed a C2PA action: a name and, when known, a version. C2PA actions v1 give it as a
 * string ("Make Test Images 0.85.0", "MyApp/0.1"), v2 as an object {@code {name, version}}.
 */
public record SoftwareAgent(String name, String version) {

    private static final Pattern NAME_VERSION = Pattern.compile("([^/]+?)[ /]v?(\\d+(?:\\.\\d+)*(?:[-+][\\w.]+)?)");

    /** Splits a trailing version off a string agent, so one tool in two versions is still one tool. */
    public static SoftwareAgent parse(String agent) {
        String text = agent.strip();
        Matcher m = NAME_VERSION.matcher(text);
        return m.matches() ? new SoftwareAgent(m.group(1).strip(), m.group(2)) : new SoftwareAgent(text, null);
    }

    @Override
    public String toString() {
        return version == null ? name : name + " " + version;
    }
}
