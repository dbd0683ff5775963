package org.thirdsectoratlas.exports.application;

import java.io.OutputStream;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.exports.domain.ExportFileName;
import org.thirdsectoratlas.exports.domain.ExportFormat;
import org.thirdsectoratlas.exports.domain.GraphExportRepository;
import org.thirdsectoratlas.exports.domain.GraphSelection;
import org.thirdsectoratlas.exports.infrastructure.formats.AtlasCsvZipWriter;
import org.thirdsectoratlas.exports.infrastructure.formats.GexfWriter;
import org.thirdsectoratlas.exports.infrastructure.formats.GraphMlWriter;
import org.thirdsectoratlas.exports.infrastructure.formats.KumuJsonWriter;
import org.thirdsectoratlas.exports.infrastructure.formats.KumuXlsxWriter;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * Use case: the network map's graph as a file for Gephi, Kumu or another Atlas. Everything that can be refused
 * (an unknown focus) is checked in {@link #prepare} before any byte is written; the file is then written as the
 * graph is read.
 */
@ApplicationScoped
public class GraphExport {

    public static final int MAX_RADIUS = 3;

    private GraphExportRepository repository;

    protected GraphExport() {
        // for CDI proxies
    }

    @Inject
    public GraphExport(GraphExportRepository repository) {
        this.repository = repository;
    }

    /** A download ready to be written: its name, its media type and how to write it. */
    public record Prepared(String fileName, ExportFormat format, GraphSelection selection, Viewer viewer,
                           String description) {
    }

    public Prepared prepare(ExportFormat format, MapFilter filter, String focus, int radius, Viewer viewer) {
        GraphSelection selection = focus == null ? GraphSelection.whole(filter)
                : new GraphSelection(filter, focus, radius, repository.neighbourhood(focus, radius, filter, viewer));
        String city = repository.datasetName();
        LocalDate today = LocalDate.now();
        String fileName = ExportFileName.of(city, selection, today, format);
        String description = "Third Sector Atlas: who works with whom (" + city + "), exported " + today
                + " as " + fileName + "; only facts the requester may see.";
        return new Prepared(fileName, format, selection, viewer, description);
    }

    /** Writes the prepared file to {@code out}, reading the graph as it goes; does not close {@code out}. */
    public void write(Prepared p, OutputStream out) {
        switch (p.format()) {
            case GEXF -> repository.streamGraph(p.selection(), p.viewer(), new GexfWriter(out, p.description()));
            case GRAPHML -> repository.streamGraph(p.selection(), p.viewer(), new GraphMlWriter(out, p.description()));
            case KUMU_JSON -> repository.streamGraph(p.selection(), p.viewer(), new KumuJsonWriter(out));
            case KUMU_XLSX -> repository.streamGraph(p.selection(), p.viewer(), new KumuXlsxWriter(out));
            case ATLAS_CSV -> repository.streamTables(p.selection(), p.viewer(),
                    new AtlasCsvZipWriter(out, repository.datasetName() + "-export", p.description()));
        }
    }
}
