package org.guildmark.app.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.guildmark.core.read.FileDigest;
import org.springframework.stereotype.Component;

/**
 * Checks attachments before anything is stored: how many, how large, and what they are, told by Apache Tika from
 * their bytes alone (a name or a Content-Type is only what the sender claims). Accepted: PDF, PNG, JPEG, MP4 video
 * and plain text. The file name is kept only as a label, stripped of paths and unusual characters.
 */
@Component
class AttachmentCheck {

    /** The accepted types and how a person calls them. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "video/mp4", "MP4",
            "text/plain", "plain text");

    static final String ACCEPTED_TEXT = "PDF, PNG, JPEG, MP4 or plain text";

    private final Tika tika = new Tika();
    private final EnforcementProperties properties;

    AttachmentCheck(EnforcementProperties properties) {
        this.properties = properties;
    }

    /**
     * The uploads checked, or every problem found, each at {@code pointer/<index>}. Empty uploads (a file field
     * left empty) are skipped.
     */
    List<CheckedFile> check(String pointer, List<Upload> uploads) {
        List<Upload> given = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.bytes() != null && u.bytes().length > 0).toList();
        List<EnforcementRefusal.Problem> problems = new ArrayList<>();
        if (given.size() > properties.maxAttachments()) {
            throw new EnforcementRefusal.Invalid(List.of(new EnforcementRefusal.Problem(pointer, "At most "
                    + properties.maxAttachments() + " attachments at once; this has " + given.size()
                    + ". Send the others with a later message.", "too-many (" + given.size() + ")")));
        }
        long max = properties.maxAttachmentSize().toBytes();
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Upload upload = given.get(i);
            String name = safeName(upload.fileName());
            String where = pointer + "/" + i;
            if (upload.bytes().length > max) {
                problems.add(new EnforcementRefusal.Problem(where, name + " is " + size(upload.bytes().length)
                        + "; an attachment may be at most " + size(max) + ". Send a smaller or shortened file.",
                        "too-large (" + upload.bytes().length + " bytes)"));
                continue;
            }
            String type = tika.detect(upload.bytes());
            if (!ACCEPTED.containsKey(type)) {
                problems.add(new EnforcementRefusal.Problem(where, name + " is " + type + ", which is not accepted: "
                        + "send " + ACCEPTED_TEXT + " (convert other files, e.g. print to PDF).", "type-not-accepted ("
                        + type + ")"));
                continue;
            }
            checked.add(new CheckedFile(name, type, upload.bytes(), FileDigest.sha256(upload.bytes())));
        }
        if (!problems.isEmpty()) {
            throw new EnforcementRefusal.Invalid(problems);
        }
        return checked;
    }

    /** The last path segment, with anything but letters, digits, space and {@code ._()-} replaced. */
    static String safeName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
