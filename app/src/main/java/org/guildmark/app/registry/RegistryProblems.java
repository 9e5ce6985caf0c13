package org.guildmark.app.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.guildmark.app.registry.RegistryRefusal.Conflict;
import org.guildmark.app.registry.RegistryRefusal.IllegalTransition;
import org.guildmark.app.registry.RegistryRefusal.InputProblem;
import org.guildmark.app.registry.RegistryRefusal.InvalidInput;
import org.guildmark.app.registry.RegistryRefusal.NotFound;
import org.guildmark.app.registry.RegistryRefusal.NotPermitted;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The registry API's refusals as RFC 9457 problem details ({@code application/problem+json}): a title, what to
 * do in {@code detail}, and for bad input an {@code errors} list of {@code {pointer, detail}} with JSON pointers
 * into the request body.
 */
@RestControllerAdvice(assignableTypes = {GrantsApi.class, DeletionObligationsApi.class, RegistrationApi.class})
class RegistryProblems {

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput refusal) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid request", refusal);
        problem.setProperty("errors", refusal.problems().stream()
                .map(p -> Map.of("pointer", p.pointer(), "detail", p.detail())).toList());
        return respond(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound refusal) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", refusal));
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermitted refusal) {
        return respond(problem(HttpStatus.FORBIDDEN, "not-permitted", "Not permitted", refusal));
    }

    @ExceptionHandler(IllegalTransition.class)
    ResponseEntity<ProblemDetail> transition(IllegalTransition refusal) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "illegal-transition", "Status change not allowed",
                refusal);
        problem.setProperty("status-from", refusal.from().code());
        problem.setProperty("status-to", refusal.to().code());
        problem.setProperty("allowed", GrantLifecycle.next(refusal.from()).stream().map(ConsentStatus::code)
                .sorted().toList());
        return respond(problem);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict refusal) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "Conflicts with the grant", refusal);
        if (refusal.pointer() != null) {
            problem.setProperty("errors",
                    List.of(Map.of("pointer", refusal.pointer(), "detail", refusal.getMessage())));
        }
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        InvalidInput refusal = new InvalidInput(List.of(new InputProblem("",
                "The request body is not valid JSON; send a JSON object (Content-Type: application/json).")));
        return invalid(refusal);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter '" + e.getName() + "' must be " + (e.getRequiredType() == java.util.UUID.class
                        ? "an id (a UUID)." : "a " + e.getRequiredType().getSimpleName() + "."));
        problem.setType(type("invalid-parameter"));
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", e.getName());
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String kind, String title, RuntimeException refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setType(type(kind));
        problem.setTitle(title);
        return problem;
    }

    private static URI type(String kind) {
        return URI.create("urn:guildmark:problem:" + kind);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
