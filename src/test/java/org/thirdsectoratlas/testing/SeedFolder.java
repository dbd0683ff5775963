package org.thirdsectoratlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A graph-seed folder written by a test: a copy of the real one to break, or a small hand-made one. */
public final class SeedFolder {

    private final Path root;

    private SeedFolder(Path root) {
        this.root = root;
    }

    public static SeedFolder empty() {
        try {
            return new SeedFolder(Files.createTempDirectory("atlas-seed"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SeedFolder copyOf(Path seed) {
        SeedFolder folder = empty();
        try (Stream<Path> files = Files.walk(seed)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = folder.root.resolve(seed.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    public Path root() {
        return root;
    }

    public SeedFolder write(String relativePath, String... lines) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public List<String> read(String relativePath) {
        try {
            return Files.readAllLines(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one physical line (1-based) of a file. */
    public SeedFolder replaceLine(String relativePath, int line, String text) {
        List<String> lines = new java.util.ArrayList<>(read(relativePath));
        lines.set(line - 1, text);
        return write(relativePath, lines.toArray(String[]::new));
    }
}
