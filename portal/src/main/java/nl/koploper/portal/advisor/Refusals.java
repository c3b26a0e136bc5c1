package nl.koploper.portal.advisor;

import java.util.Locale;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the advisor reads when assessment-service refuses a step of theirs. A 409 names the rule it broke
 * ({@code profile-draft-open}, {@code eindmeting-completed}, ...), so the page says that rule in the advisor's words
 * ({@code adv.rule.<rule>}) instead of the general "past niet bij de huidige stand". Whatever is not about the step
 * (the session, access, a case that is not theirs, the platform being down) goes to the portal's problem pages.
 */
@Component
class Refusals {

    private final ProblemMessages problems;
    private final MessageSource messages;

    Refusals(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** The refusal as form errors; throws the problem on when it is not about this step. */
    FormErrors of(ApiProblem problem) {
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                || problem.status() == 404) {
            throw problem;
        }
        FormErrors errors = problems.of(problem);
        if (problem.status() == 409 && problem.rule() != null) {
            Locale locale = LocaleContextHolder.getLocale();
            String byRule = messages.getMessage("adv.rule." + problem.rule(), null, null, locale);
            if (byRule != null) {
                return new FormErrors(byRule, errors.fields());
            }
        }
        return errors;
    }
}
