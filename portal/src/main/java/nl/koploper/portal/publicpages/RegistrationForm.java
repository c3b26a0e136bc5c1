package nl.koploper.portal.publicpages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public registration form as typed: every value kept as text, so that nothing a person typed is lost when the
 * platform refuses a field. {@link #toRequest()} builds the API's body; the inputs' names are the API's field paths'
 * last parts, and {@link #FIELD_OF} maps a path back to its input for the error messages.
 */
public class RegistrationForm {

    /** The API's field path of each input. */
    static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("organisation.name", "organisationName"),
            Map.entry("organisation.kvkNumber", "kvkNumber"),
            Map.entry("organisation.type", "type"),
            Map.entry("organisation.sbiCode", "sbiCode"),
            Map.entry("organisation.sizeFte", "sizeFte"),
            Map.entry("organisation.address.street", "street"),
            Map.entry("organisation.address.houseNumber", "houseNumber"),
            Map.entry("organisation.address.postalCode", "postalCode"),
            Map.entry("organisation.address.city", "city"),
            Map.entry("contact.name", "contactName"),
            Map.entry("contact.email", "email"),
            Map.entry("contact.phone", "phone"),
            Map.entry("contact.locale", "locale"),
            Map.entry("consentToTerms", "consent"));

    private String organisationName = "";
    private String kvkNumber = "";
    private String type = "COMPANY";
    private String sbiCode = "";
    private String sizeFte = "";
    private String street = "";
    private String houseNumber = "";
    private String postalCode = "";
    private String city = "";
    private String contactName = "";
    private String email = "";
    private String phone = "";
    private String locale = "nl";
    private boolean consent;

    /** The size in FTE as a number, read the Dutch way too (4,5); null when it is not a number. */
    Double sizeFteNumber() {
        try {
            return Double.valueOf(sizeFte.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    Map<String, Object> toRequest() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", street);
        address.put("houseNumber", houseNumber);
        address.put("postalCode", postalCode);
        address.put("city", city);
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("name", organisationName);
        organisation.put("kvkNumber", kvkNumber.replaceAll("\\s", ""));
        organisation.put("type", type);
        organisation.put("sbiCode", sbiCode);
        organisation.put("sizeFte", sizeFteNumber());
        organisation.put("address", address);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", contactName);
        contact.put("email", email);
        contact.put("phone", phone);
        contact.put("locale", "en".equals(locale) ? "en" : "nl");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", organisation);
        body.put("contact", contact);
        body.put("consentToTerms", consent);
        return body;
    }

    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String value) { organisationName = value; }
    public String getKvkNumber() { return kvkNumber; }
    public void setKvkNumber(String value) { kvkNumber = value; }
    public String getType() { return type; }
    public void setType(String value) { type = value; }
    public String getSbiCode() { return sbiCode; }
    public void setSbiCode(String value) { sbiCode = value; }
    public String getSizeFte() { return sizeFte; }
    public void setSizeFte(String value) { sizeFte = value; }
    public String getStreet() { return street; }
    public void setStreet(String value) { street = value; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String value) { houseNumber = value; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String value) { postalCode = value; }
    public String getCity() { return city; }
    public void setCity(String value) { city = value; }
    public String getContactName() { return contactName; }
    public void setContactName(String value) { contactName = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { email = value; }
    public String getPhone() { return phone; }
    public void setPhone(String value) { phone = value; }
    public String getLocale() { return locale; }
    public void setLocale(String value) { locale = value; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean value) { consent = value; }
}
