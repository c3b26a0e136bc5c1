package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    record Request(String title, int year) {
    }

    @Test
    void noHeaderIsNoKey() {
        assertThat(new IdempotencyKey(null).value()).isNull();
    }

    @Test
    void aKeyOfVisibleAsciiIsTheClientsKey() {
        assertThat(new IdempotencyKey("k-1/2025!").value()).isEqualTo("k-1/2025!");
        assertThat(new IdempotencyKey("x".repeat(200)).value()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "met spatie", "é", "tab\there"})
    void anythingElseIsABadRequestNamingTheHeader(String header) {
        assertThatThrownBy(() -> new IdempotencyKey(header).value()).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field())
                        .isEqualTo("Idempotency-Key")));
        assertThatThrownBy(() -> new IdempotencyKey("x".repeat(201)).value())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnotherOneAnother() {
        String fingerprint = IdempotencyKey.fingerprint(new Request("Zon", 2025));
        assertThat(IdempotencyKey.fingerprint(new Request("Zon", 2025))).isEqualTo(fingerprint).hasSize(64);
        assertThat(IdempotencyKey.fingerprint(new Request("Zon", 2026))).isNotEqualTo(fingerprint);
    }

    @Test
    void anotherRequestWithTheSameKeyBreaksTheRule() {
        String fingerprint = IdempotencyKey.fingerprint(new Request("Zon", 2025));
        assertThatCode(() -> IdempotencyKey.requireSameRequest(fingerprint, fingerprint, "reused"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> IdempotencyKey.requireSameRequest(fingerprint,
                IdempotencyKey.fingerprint(new Request("Wind", 2025)), "reused"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("idempotency-key-reused"));
    }
}
