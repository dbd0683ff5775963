package org.thirdsectoratlas.shared.domain;

/** Which page of a list to return; size is capped so that no call can ask for the whole graph. */
public record PageRequest(int page, int size) {

    /** The hard maximum page size of every list. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " size " + size + " is out of range");
        }
    }

    public long skip() {
        return (long) page * size;
    }

    public <T> Page<T> of(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
