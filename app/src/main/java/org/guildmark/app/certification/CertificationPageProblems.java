package org.guildmark.app.certification;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that escapes a certification page becomes the error page with its status: 404 for what the caller
 * may not see (the same as for what does not exist), 409 or 400 otherwise, never a 500.
 */
@ControllerAdvice(assignableTypes = {SubmissionPages.class, ReviewPages.class, PublicPages.class})
class CertificationPageProblems {

    @ExceptionHandler(CertificationRefusal.class)
    void refused(CertificationRefusal refusal, HttpServletResponse response) throws IOException {
        response.sendError(CertificationProblems.statusOf(refusal).value(), refusal.getMessage());
    }
}
