package org.thirdsectoratlas.programmes.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.platform.web.IdView;
import org.thirdsectoratlas.programmes.application.ProgrammeDirectory;
import org.thirdsectoratlas.programmes.domain.Programme;
import org.thirdsectoratlas.shared.domain.Viewer;

/** One programme's page: programme.xhtml?id=healthy-holidays. What the public may see, like the other pages. */
@Named
@ViewScoped
public class ProgrammeView extends IdView {

    private static final long serialVersionUID = 1L;

    private ProgrammeDirectory directory;
    private Programme programme;

    protected ProgrammeView() {
        // for CDI proxies
    }

    @Inject
    public ProgrammeView(ProgrammeDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void read(String id) {
        programme = directory.get(id, Viewer.PUBLIC);
    }

    public Programme getProgramme() {
        return programme;
    }
}
