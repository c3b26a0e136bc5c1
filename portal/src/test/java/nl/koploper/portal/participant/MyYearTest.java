package nl.koploper.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MyYearTest {

    @Test
    void aFreshCaseIsAtTheVisit() {
        MyYear year = MyYear.of(Map.of("status", "TO_PLAN", "profiles", List.of()));
        assertThat(year.steps()).filteredOn(MyYear.Step::current).extracting(MyYear.Step::key)
                .contains("visit").doesNotContain("profile");
        assertThat(year.steps()).filteredOn(MyYear.Step::done).extracting(MyYear.Step::key)
                .containsExactly("registration");
    }

    @Test
    void aPublishedProfileIsDoneAndTheActionPlanIsNext() {
        MyYear year = MyYear.of(Map.of("status", "PROFILE_PUBLISHED", "visit", Map.of(),
                "profiles", List.of(Map.of("version", 1, "status", "PUBLISHED"), Map.of("version", 2, "status", "DRAFT"))));
        assertThat(year.steps()).filteredOn(MyYear.Step::done).extracting(MyYear.Step::key)
                .contains("registration", "kickoff", "visit", "review", "profile");
        assertThat(year.steps()).filteredOn(MyYear.Step::current).extracting(MyYear.Step::key)
                .contains("actionplan");
    }

    @Test
    void theAssignmentIsDueOnceTheProfileIsPublishedAndDoneWhenHandedIn() {
        var published = Map.<String, Object>of("status", "PROFILE_PUBLISHED", "visit", Map.of(),
                "profiles", List.of(Map.of("version", 1, "status", "PUBLISHED")));
        assertThat(MyYear.of(published, false).steps()).filteredOn(MyYear.Step::current)
                .extracting(MyYear.Step::key).contains("assignment");
        assertThat(MyYear.of(published, true).steps()).filteredOn(MyYear.Step::done)
                .extracting(MyYear.Step::key).contains("assignment");
        assertThat(MyYear.of(Map.of("status", "TO_PLAN", "profiles", List.of()), false).steps())
                .filteredOn(MyYear.Step::current).extracting(MyYear.Step::key).doesNotContain("assignment");
    }

    @Test
    void theLatestPublishedVersionIsTheHighestPublishedOne() {
        assertThat(MyYear.latestPublishedProfile(Map.of("profiles", List.of(
                Map.of("version", 1, "status", "PUBLISHED"), Map.of("version", 3, "status", "PUBLISHED"),
                Map.of("version", 4, "status", "DRAFT"))))).isEqualTo(3);
        assertThat(MyYear.latestPublishedProfile(Map.of("profiles", List.of()))).isNull();
    }
}
