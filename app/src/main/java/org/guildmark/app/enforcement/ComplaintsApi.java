package org.guildmark.app.enforcement;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/complaints}: anyone reports a violation, without an account, as JSON or as
 * {@code multipart/form-data} with the JSON in the part {@code complaint} and files in {@code attachments}. It uses
 * no session: a named complaint carries its name in the body and is never tied to a signed-in account.
 */
@RestController
@RequestMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enforcement", description = "Complaints to the ethics committee, and the committee's cases")
class ComplaintsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ComplaintIntake intake;

    ComplaintsApi(ComplaintIntake intake) {
        this.intake = intake;
    }

    /** What the reporter keeps: the receipt is shown this once and stored only as a hash. */
    record Receipt(String reference, String receipt, String state, String followUp) {
    }

    @Operation(summary = "Report a violation: {\"production\": code, \"subject\": who, \"clauses\": [\"3.1\"], "
            + "\"description\": what happened, \"reporter\": {\"name\", \"contact\"} (leave out to stay anonymous)}",
            description = "Answers a 16-digit receipt to read replies and add evidence at /complaints/receipt.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> json(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        return file(read(body), List.of(), request);
    }

    @Operation(summary = "Report a violation with attachments: the JSON in part 'complaint', files in "
            + "'attachments'")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Receipt> multipart(@RequestPart(name = "complaint", required = false) byte[] complaint,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments,
            HttpServletRequest request) {
        return file(read(complaint), ComplaintPages.uploads(attachments), request);
    }

    private ResponseEntity<Receipt> file(JsonNode body, List<Upload> attachments, HttpServletRequest request) {
        List<EnforcementRefusal.Problem> problems = new ArrayList<>();
        JsonNode reporter = body.get("reporter");
        if (reporter != null && !reporter.isNull() && !reporter.isObject()) {
            problems.add(new EnforcementRefusal.Problem("/reporter", "Give reporter as an object with name and "
                    + "contact, or leave it out to report anonymously.", "not-an-object"));
            reporter = null;
        }
        ComplaintIntake.Complaint complaint = new ComplaintIntake.Complaint(text(body, "/production", problems),
                text(body, "/subject", problems), clauses(body, problems), text(body, "/description", problems),
                reporter == null ? null : text(body, "/reporter/name", problems),
                reporter == null ? null : text(body, "/reporter/contact", problems), attachments);
        if (!problems.isEmpty()) {
            // Every problem at once: the fields' types, and what the intake finds in the rest.
            List<EnforcementRefusal.Problem> all = new ArrayList<>(problems);
            try {
                intake.check(complaint);
            } catch (EnforcementRefusal.Invalid more) {
                all.addAll(more.problems());
            }
            throw intake.refused(new EnforcementRefusal.Invalid(all));
        }
        ComplaintIntake.Filed filed = intake.submit(complaint, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/complaints/receipt")).body(new Receipt(
                filed.filed().reference(), filed.receipt(), filed.filed().state().code(), "/complaints/receipt"));
    }

    private JsonNode read(byte[] body) {
        try {
            return parse(body);
        } catch (EnforcementRefusal.Invalid invalid) {
            throw intake.refused(invalid);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new EnforcementRefusal.Invalid("", "Send the complaint as a JSON object.");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new EnforcementRefusal.Invalid("", "Send the complaint as a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw new EnforcementRefusal.Invalid("", "The complaint is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String pointer, List<EnforcementRefusal.Problem> problems) {
        JsonNode value = body.at(pointer);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new EnforcementRefusal.Problem(pointer, "Give " + pointer.substring(1) + " as a string.",
                    "not-a-string"));
            return null;
        }
        return value.asString();
    }

    private static List<String> clauses(JsonNode body, List<EnforcementRefusal.Problem> problems) {
        JsonNode value = body.get("clauses");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(new EnforcementRefusal.Problem("/clauses", "Give clauses as an array of clause ids, e.g. "
                    + "[\"3.1\"].", "not-an-array"));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                problems.add(new EnforcementRefusal.Problem("/clauses/" + i, "A clause id is a string, e.g. \"3.1\".",
                        "not-a-string"));
            } else {
                ids.add(value.get(i).asString());
            }
        }
        return ids;
    }
}
