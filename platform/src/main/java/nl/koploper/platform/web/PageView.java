package nl.koploper.platform.web;

import java.util.List;

/**
 * One page of a list, numbered from 0, with what a client needs to show "page 2 of 5"; every service's paged list
 * answers in this shape.
 */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(List<T> content, int page, int size, long totalElements) {
        return new PageView<>(content, page, size, totalElements, (int) ((totalElements + size - 1) / size));
    }

    /** A page cut from a list that is already whole in memory (a cohort's embedded participants). */
    public static <T> PageView<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return of(all.subList(from, to), page, size, all.size());
    }
}
