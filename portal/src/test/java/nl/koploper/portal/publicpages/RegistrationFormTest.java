package nl.koploper.portal.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationFormTest {

    @Test
    void theSizeIsReadTheDutchWayToo() {
        RegistrationForm form = new RegistrationForm();
        form.setSizeFte(" 4,5 ");
        assertThat(form.sizeFteNumber()).isEqualTo(4.5);
        form.setSizeFte("veel");
        assertThat(form.sizeFteNumber()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRequestHasTheApisShapeWithTheKvkNumberWithoutSpaces() {
        RegistrationForm form = new RegistrationForm();
        form.setOrganisationName("Bakkerij");
        form.setKvkNumber("6123 4501");
        form.setSizeFte("14");
        form.setEmail("a@b.example");
        form.setConsent(true);
        Map<String, Object> body = form.toRequest();
        Map<String, Object> organisation = (Map<String, Object>) body.get("organisation");
        assertThat(organisation).containsEntry("kvkNumber", "61234501").containsEntry("sizeFte", 14.0);
        assertThat((Map<String, Object>) body.get("contact")).containsEntry("locale", "nl");
        assertThat(body).containsEntry("consentToTerms", true);
    }

    @Test
    void everyApiFieldOfTheRegistrationHasAnInput() {
        assertThat(RegistrationForm.FIELD_OF).containsKeys("organisation.kvkNumber", "contact.email",
                "organisation.address.postalCode", "consentToTerms");
    }
}
