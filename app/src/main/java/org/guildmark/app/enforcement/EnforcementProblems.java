package org.guildmark.app.enforcement;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/** The enforcement API's refusals as RFC 9457 problem details, with {@code errors} naming each field. */
@RestControllerAdvice(assignableTypes = {ComplaintsApi.class, CommitteeApi.class})
class EnforcementProblems {

    @ExceptionHandler(EnforcementRefusal.class)
    ResponseEntity<ProblemDetail> refused(EnforcementRefusal refusal) {
        HttpStatus status = statusOf(refusal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setType(URI.create("urn:guildmark:problem:" + switch (status) {
            case BAD_REQUEST -> "invalid-input";
            case CONFLICT -> "conflict";
            case NOT_FOUND -> "not-found";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> "not-permitted";
        }));
        problem.setTitle(switch (status) {
            case BAD_REQUEST -> "Invalid request";
            case CONFLICT -> "Not possible now";
            case NOT_FOUND -> "Not found";
            case TOO_MANY_REQUESTS -> "Too many requests";
            default -> "Not permitted";
        });
        if (refusal instanceof EnforcementRefusal.Invalid invalid) {
            problem.setProperty("errors", invalid.problems().stream()
                    .map(p -> Map.of("pointer", p.pointer(), "detail", p.detail())).toList());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refusal instanceof EnforcementRefusal.TooMany tooMany) {
            answer.header("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
        }
        return answer.body(problem);
    }

    static HttpStatus statusOf(EnforcementRefusal refusal) {
        if (refusal instanceof EnforcementRefusal.NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof EnforcementRefusal.NotPermitted) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof EnforcementRefusal.Conflict) {
            return HttpStatus.CONFLICT;
        }
        return refusal instanceof EnforcementRefusal.TooMany ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return refused(new EnforcementRefusal.Invalid("", "The request body is not valid JSON; send a JSON object "
                + "(Content-Type: application/json)."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return refused(new EnforcementRefusal.Invalid("", "The multipart request could not be read: send the "
                + "complaint's JSON in the part 'complaint' and files in 'attachments'."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return refused(new EnforcementRefusal.Invalid("/" + e.getName(), "The parameter '" + e.getName()
                + "' must be an id (a UUID)."));
    }
}
