package org.thirdsectoratlas.seed.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.thirdsectoratlas.seed.domain.SeedFormatException;
import org.thirdsectoratlas.seed.domain.SeedSource;

/** A graph-seed folder on disk: the repository's own, or a copy a test or tool prepares. */
public class DirectorySeedSource implements SeedSource {

    private final Path root;

    public DirectorySeedSource(Path root) {
        this.root = root;
    }

    @Override
    public Reader open(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
            throw new SeedFormatException(relativePath, 0, "the file is missing from " + root);
        }
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
