package org.guildmark.app.labor;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A refusal that escapes a labor page becomes the error page with its status, never a 500. */
@ControllerAdvice(assignableTypes = {RatePages.class, RevenuePages.class, DisplacementPages.class,
        UnionPages.class, TrainingCompensationPages.class, InsightsPages.class})
class LaborPageProblems {

    @ExceptionHandler(LaborRefusal.class)
    void refused(LaborRefusal refusal, HttpServletResponse response) throws IOException {
        response.sendError(LaborProblems.statusOf(refusal).value(), refusal.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        response.sendError(400, "The parameter '" + e.getName() + "' is not valid here.");
    }
}
