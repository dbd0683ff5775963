package org.thirdsectoratlas.testing;

import java.io.File;
import java.net.URI;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR the build just packaged: the real application, nothing swapped. */
public final class AtlasDeployment {

    private AtlasDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("atlas.war", "target/atlas.war"));
        return ShrinkWrap.create(ZipImporter.class, "atlas.war").importFrom(war).as(WebArchive.class);
    }

    public static URI base() {
        return URI.create("http://localhost:" + System.getProperty("http.port", "9080") + "/");
    }
}
