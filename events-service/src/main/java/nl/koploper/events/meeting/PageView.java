package nl.koploper.events.meeting;

import java.util.List;

/** One page of a list, numbered from 0, with what a client needs to show "page 2 of 5". */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(List<T> content, int page, int size, long totalElements) {
        return new PageView<>(content, page, size, totalElements, (int) ((totalElements + size - 1) / size));
    }
}
