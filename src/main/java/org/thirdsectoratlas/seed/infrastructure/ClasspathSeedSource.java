package org.thirdsectoratlas.seed.infrastructure;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.thirdsectoratlas.seed.domain.SeedFormatException;
import org.thirdsectoratlas.seed.domain.SeedSource;

/** graph-seed/ as packaged into the application (the build copies the folder onto the classpath). */
public class ClasspathSeedSource implements SeedSource {

    private final ClassLoader loader;

    public ClasspathSeedSource(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public Reader open(String relativePath) {
        InputStream in = loader.getResourceAsStream("graph-seed/" + relativePath);
        if (in == null) {
            throw new SeedFormatException(relativePath, 0, "the file is missing from graph-seed/");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
