package nl.koploper.portal.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link ApiProblem} into text for the person at the form, in their language: a message per field the
 * platform named (by field and code, then by code alone), and one for the form as a whole. The services' own texts
 * are English and written for developers, so they are shown only where no translation exists yet.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public FormErrors of(ApiProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> fields = new LinkedHashMap<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            fields.putIfAbsent(field, fieldMessage(field, error, locale));
        }
        String general = fields.isEmpty()
                ? messages.getMessage("problem.status." + problem.status(), null,
                        messages.getMessage("problem.general", new Object[]{problem.detail()}, locale), locale)
                : messages.getMessage("problem.fields", null, locale);
        return new FormErrors(general, fields);
    }

    private String fieldMessage(String field, ApiProblem.FieldError error, Locale locale) {
        String code = error.code() == null ? "" : error.code();
        String byField = messages.getMessage("problem." + field + "." + code, null, null, locale);
        if (byField != null) {
            return byField;
        }
        String byCode = messages.getMessage("problem.code." + code, null, null, locale);
        if (byCode != null) {
            return byCode;
        }
        return messages.getMessage("problem.unknown", new Object[]{error.message()}, locale);
    }
}
