package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PageViewTest {

    @Test
    void totalPagesRoundsUp() {
        assertThat(PageView.of(List.of("a"), 0, 20, 41).totalPages()).isEqualTo(3);
        assertThat(PageView.of(List.of("a"), 0, 20, 40).totalPages()).isEqualTo(2);
        assertThat(PageView.of(List.of(), 0, 20, 0).totalPages()).isZero();
    }

    @Test
    void aSliceCutsThePageOutOfAWholeList() {
        PageView<Integer> second = PageView.slice(List.of(1, 2, 3, 4, 5), 1, 2);

        assertThat(second.content()).containsExactly(3, 4);
        assertThat(second.totalElements()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void aSliceBeyondTheLastPageIsEmpty() {
        PageView<Integer> beyond = PageView.slice(List.of(1, 2, 3), 5, 2);

        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(3);
    }

    @Test
    void onTheWireItIsContentPageSizeTotalElementsTotalPages() {
        String json = JsonMapper.builder().build().writeValueAsString(PageView.of(List.of("a", "b"), 1, 2, 5));

        assertThat(json).isEqualTo("{\"content\":[\"a\",\"b\"],\"page\":1,\"size\":2,\"totalElements\":5,\"totalPages\":3}");
    }
}
