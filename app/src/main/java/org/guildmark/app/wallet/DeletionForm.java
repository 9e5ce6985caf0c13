package org.guildmark.app.wallet;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** A production's confirmation that it deleted: the SHA-256 of its evidence and what the evidence shows. */
public class DeletionForm {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final int LONGEST_DESCRIPTION = 2000;

    private String evidenceSha256 = "";
    private String description = "";

    /** Checks both fields; what is wrong is reported on the field it is about. */
    void check(Errors errors) {
        evidenceSha256 = evidenceSha256 == null ? "" : evidenceSha256.strip().toLowerCase(Locale.ROOT);
        description = description == null ? "" : description.strip();
        if (evidenceSha256.isEmpty()) {
            errors.rejectValue("evidenceSha256", "evidence.missing",
                    "Enter the SHA-256 of your evidence of deletion (e.g. the output of sha256sum on the report).");
        } else if (!SHA256.matcher(evidenceSha256).matches()) {
            errors.rejectValue("evidenceSha256", "evidence.invalid",
                    "A SHA-256 is 64 hexadecimal digits (0-9, a-f); this has " + evidenceSha256.length()
                            + " characters.");
        }
        if (description.isEmpty()) {
            errors.rejectValue("description", "description.missing",
                    "Say what the evidence shows: what was deleted, where, and how.");
        } else if (description.length() > LONGEST_DESCRIPTION) {
            errors.rejectValue("description", "description.long",
                    "Keep the description to " + LONGEST_DESCRIPTION + " characters or fewer; it has "
                            + description.length() + ".");
        }
    }

    public String getEvidenceSha256() {
        return evidenceSha256;
    }

    public void setEvidenceSha256(String evidenceSha256) {
        this.evidenceSha256 = evidenceSha256;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
