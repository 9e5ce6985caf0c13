package org.guildmark.app.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;

/**
 * Turns refused API input into RFC 9457 problem details with a {@code pointer} property. Each API module's
 * controller advice calls these, so every module answers bad input alike.
 */
public final class ApiRequestProblems {

    private ApiRequestProblems() {
    }

    public static ProblemDetail of(BadApiRequest bad) {
        return problem(bad.pointer(), bad.getMessage());
    }

    /** A body that is not JSON, or whose values have the wrong type, with the pointer Jackson stopped at. */
    public static ProblemDetail of(HttpMessageNotReadableException unreadable) {
        if (unreadable.getMostSpecificCause() instanceof JacksonException json) {
            String pointer = pointer(json.getPath());
            String detail = json.getPath().isEmpty()
                    ? "The request body is not valid JSON: " + json.getOriginalMessage()
                    : "The value at " + pointer + " has the wrong type or form: " + json.getOriginalMessage();
            return problem(pointer, detail);
        }
        return problem("", "The request needs a JSON body (Content-Type: application/json).");
    }

    static ProblemDetail problem(String pointer, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("pointer", pointer);
        return problem;
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference step : path) {
            pointer.append('/');
            if (step.getPropertyName() != null) {
                pointer.append(step.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(step.getIndex());
            }
        }
        return pointer.toString();
    }
}
