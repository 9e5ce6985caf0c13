package org.guildmark.app.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.app.consent.CheckRequests.Answer;
import org.guildmark.app.consent.CheckRequests.Batch;
import org.guildmark.app.consent.CheckRequests.BatchAnswer;
import org.guildmark.app.consent.CheckRequests.Query;
import org.guildmark.app.security.ApiCallers;
import org.guildmark.app.security.ApiRequestProblems;
import org.guildmark.app.security.BadApiRequest;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.DenyReason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/consent-checks} (one query) and {@code /batch} (up to 1,000): {@code permit} with the
 * consent id, or {@code deny} with reason codes. Who may call is in the API security chain; which grants a caller
 * may ask about, per query, in {@link ConsentChecks}.
 */
@RestController
@RequestMapping("/api/v1/consent-checks")
class ConsentCheckController {

    private final ConsentChecks checks;
    private final ApiCallers callers;
    private final Clock clock;

    ConsentCheckController(ConsentChecks checks, ApiCallers callers, Clock clock) {
        this.checks = checks;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping
    Answer check(@RequestBody(required = false) Query query, Authentication authentication) {
        CheckQuery checked = CheckRequests.single(query, clock.instant());
        return answer(checks.decide(List.of(checked), callers.of(authentication)).get(0), checked.at());
    }

    @PostMapping("/batch")
    BatchAnswer batch(@RequestBody(required = false) Batch batch, Authentication authentication) {
        List<CheckQuery> queries = CheckRequests.batch(batch, clock.instant());
        List<ConsentDecision> decisions = checks.decide(queries, callers.of(authentication));
        List<Answer> answers = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            answers.add(answer(decisions.get(i), queries.get(i).at()));
        }
        return new BatchAnswer(answers);
    }

    private static Answer answer(ConsentDecision decision, Instant at) {
        if (decision instanceof ConsentDecision.Permit permit) {
            return new Answer("permit", permit.consentId(), null, at);
        }
        ConsentDecision.Deny deny = (ConsentDecision.Deny) decision;
        return new Answer("deny", null, deny.reasons().stream().map(DenyReason::code).toList(), at);
    }

    @ExceptionHandler
    ProblemDetail badRequest(BadApiRequest bad) {
        return ApiRequestProblems.of(bad);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return ApiRequestProblems.of(unreadable);
    }

    @ExceptionHandler
    ProblemDetail notYours(ConsentChecks.NotYourGrants refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setTitle("Forbidden");
        problem.setProperty("pointer", refused.pointer());
        return problem;
    }
}
