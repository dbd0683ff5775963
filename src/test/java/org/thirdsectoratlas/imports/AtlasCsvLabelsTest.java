package org.thirdsectoratlas.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.domain.NodeRecord;
import org.thirdsectoratlas.imports.domain.ParsedFile;
import org.thirdsectoratlas.imports.domain.RowError;
import org.thirdsectoratlas.imports.infrastructure.files.ImportFiles;

/** An atlas-csv zip may bring only labels whose ids are unique in the graph; any other is a row error. */
class AtlasCsvLabelsTest {

    @TempDir
    Path dir;

    @Test
    void aNodeFileNamedAfterALabelWithoutAnIdConstraintIsARowErrorAndTheOthersAreRead() throws IOException {
        Path zip = dir.resolve("labels.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("atlas/nodes/Organisation.csv"));
            out.write("id,name\nlabels-org,Labels Organisation\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("atlas/nodes/Change.csv"));
            out.write("id,name\nchange-1,Not importable\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("atlas/nodes/Locality.csv"));
            out.write("id,name\nlabels-ward,Labels Ward\n".getBytes(StandardCharsets.UTF_8));
        }
        ParsedFile parsed = ImportFiles.read(zip, "labels.zip", ImportFormat.ATLAS_CSV, "CLAIMED", null);
        assertEquals(Set.of("Organisation:labels-org", "Locality:labels-ward"),
                parsed.nodes().stream().map(NodeRecord::key).collect(Collectors.toSet()));
        assertEquals(List.of("'Change' is not a label the Atlas knows."),
                parsed.errors().stream().map(RowError::message).toList());
    }
}
