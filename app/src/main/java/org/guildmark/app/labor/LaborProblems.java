package org.guildmark.app.labor;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The labor API's refusals as RFC 9457 problem details, with {@code errors} saying where. */
@RestControllerAdvice(assignableTypes = {RateSchedulesApi.class, InsightsExports.class})
class LaborProblems {

    @ExceptionHandler(LaborRefusal.class)
    ResponseEntity<ProblemDetail> refused(LaborRefusal refusal) {
        HttpStatus status = statusOf(refusal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setType(URI.create("urn:guildmark:problem:" + switch (status) {
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            default -> "invalid-input";
        }));
        problem.setTitle(switch (status) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Not possible now";
            default -> "Invalid request";
        });
        if (refusal instanceof LaborRefusal.Invalid invalid) {
            problem.setProperty("errors", invalid.problems().stream().map(p -> p.line() > 0
                    ? Map.of("line", p.line(), "column", p.where(), "detail", p.detail())
                    : Map.of("pointer", p.where(), "detail", p.detail())).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return refused(new LaborRefusal.Invalid(e.getName(), "The parameter '" + e.getName()
                + "' is not valid here" + (e.getName().equals("on") ? "; write a date as YYYY-MM-DD." : ".")));
    }

    static HttpStatus statusOf(LaborRefusal refusal) {
        if (refusal instanceof LaborRefusal.NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        return refusal instanceof LaborRefusal.Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }
}
