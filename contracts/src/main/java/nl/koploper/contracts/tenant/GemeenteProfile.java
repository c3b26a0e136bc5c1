package nl.koploper.contracts.tenant;

/**
 * A registered gemeente as the other services keep it.
 *
 * @param tenantId      the slug, e.g. {@code westerkwartier}: the {@code tenant} claim of its users' tokens
 * @param displayName   the name shown to people, e.g. {@code Gemeente Westerkwartier}
 * @param senderName    the display name of mail sent in the gemeente's name
 * @param replyTo       where replies to that mail go
 * @param logoUrl       an https URL of the logo, or null
 * @param defaultLocale {@code nl} or {@code en}
 * @param active        false once deactivated: its tokens are refused for writes everywhere
 * @param revision      rises by one with every change; a consumer ignores a profile older than the one it has
 */
public record GemeenteProfile(String tenantId, String displayName, String contactName, String contactEmail,
                              String senderName, String replyTo, String logoUrl, String defaultLocale,
                              boolean active, long revision) {
}
