package org.thirdsectoratlas.programmes.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.shared.interfaces.web.DirectoryItemView;
import org.thirdsectoratlas.programmes.application.ProgrammeDirectory;
import org.thirdsectoratlas.programmes.domain.Programme;

/** One programme's page: programme.xhtml?id=healthy-holidays. What the public may see, like the other pages. */
@Named
@ViewScoped
public class ProgrammeView extends DirectoryItemView<Programme> {

    private static final long serialVersionUID = 1L;


    protected ProgrammeView() {
        // for CDI proxies
    }

    @Inject
    public ProgrammeView(ProgrammeDirectory directory) {
        super(directory);
    }

    public Programme getProgramme() {
        return item();
    }
}
