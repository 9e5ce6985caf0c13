package org.guildmark.app.certification;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The certification API's refusals as RFC 9457 problem details, with {@code errors} saying where. */
@RestControllerAdvice(assignableTypes = {SubmissionsApi.class, PublicDocuments.class})
class CertificationProblems {

    @ExceptionHandler(CertificationRefusal.class)
    ResponseEntity<ProblemDetail> refused(CertificationRefusal refusal) {
        HttpStatus status = statusOf(refusal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        String kind = status == HttpStatus.BAD_REQUEST ? "invalid-input" : status == HttpStatus.CONFLICT ? "conflict"
                : status == HttpStatus.NOT_FOUND ? "not-found" : "not-permitted";
        problem.setType(URI.create("urn:guildmark:problem:" + kind));
        problem.setTitle(switch (status) {
            case BAD_REQUEST -> "Invalid request";
            case CONFLICT -> "Not possible now";
            case NOT_FOUND -> "Not found";
            default -> "Not permitted";
        });
        if (refusal instanceof CertificationRefusal.Invalid invalid) {
            problem.setProperty("errors", invalid.problems().stream()
                    .map(p -> java.util.Map.of("pointer", p.where(), "detail", p.detail())).toList());
        }
        return respond(problem);
    }

    static HttpStatus statusOf(CertificationRefusal refusal) {
        if (refusal instanceof CertificationRefusal.NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof CertificationRefusal.NotPermitted) {
            return HttpStatus.FORBIDDEN;
        }
        return refusal instanceof CertificationRefusal.Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return refused(new CertificationRefusal.Invalid("", "The request body is not valid JSON; send a JSON object "
                + "(Content-Type: application/json)."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return refused(new CertificationRefusal.Invalid(e.getName(), "The parameter '" + e.getName()
                + "' must be an id (a UUID)."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
