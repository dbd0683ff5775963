package org.thirdsectoratlas.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the packaged WAR on the managed Liberty, called over HTTP as a client would.
 * The suite deploys it once ({@link OneDeploymentForTheSuite}); a class that writes puts the Leeds seed back
 * afterwards ({@link ServerGraph#resetToLeedsSeed()}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedAtlasTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return AtlasDeployment.war();
    }
}
