package org.thirdsectoratlas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces' CDI integration (EL resolution of @Named beans) for Mojarra on facesContainer. */
@FacesConfig
@ApplicationScoped
public class FacesActivation {
}
