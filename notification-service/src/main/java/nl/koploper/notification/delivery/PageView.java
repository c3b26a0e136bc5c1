package nl.koploper.notification.delivery;

import java.util.List;

/** One page of a list, numbered from 0, with what a client needs to show "page 2 of 5". */
record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <T> PageView<T> of(List<T> content, int page, int size, long totalElements) {
        return new PageView<>(content, page, size, totalElements, (int) ((totalElements + size - 1) / size));
    }
}
