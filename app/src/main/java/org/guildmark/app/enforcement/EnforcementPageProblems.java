package org.guildmark.app.enforcement;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that escapes an enforcement page: 404 for what the caller may not see (the same as for what does not
 * exist); otherwise a page that says why (a recused member learns they are recused), with its status, never a 500.
 */
@ControllerAdvice(assignableTypes = {ComplaintPages.class, CommitteePages.class, SanctionPages.class})
class EnforcementPageProblems {

    @ExceptionHandler(EnforcementRefusal.class)
    ModelAndView refused(EnforcementRefusal refusal, HttpServletResponse response) throws java.io.IOException {
        int status = EnforcementProblems.statusOf(refusal).value();
        if (refusal instanceof EnforcementRefusal.NotFound) {
            response.sendError(status, refusal.getMessage());
            return new ModelAndView();
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("enforcement/refused");
        page.addObject("message", refusal.getMessage());
        page.addObject("status", status);
        return page;
    }
}
