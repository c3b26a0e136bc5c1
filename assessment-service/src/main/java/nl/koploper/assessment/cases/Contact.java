package nl.koploper.assessment.cases;

/** The organisation's contact person: who gets the visit invitation and the profile, and who logs in as it. */
public record Contact(String name, String email, String phone, String locale) {
}
