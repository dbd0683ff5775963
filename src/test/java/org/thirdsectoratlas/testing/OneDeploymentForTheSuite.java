package org.thirdsectoratlas.testing;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the WAR once for the whole integration suite, as the Open Liberty guides run one server for all their
 * tests. Arquillian deploys and undeploys a test class's {@code @Deployment} around every class, and each
 * redeploy of the Atlas restarts its embedded Neo4j, reloads the trust graph and recomputes the insights (about
 * 15 s a class). Every class deploys the same packaged WAR ({@link AtlasDeployment}) and runs as a client, so the
 * first deployment serves them all; the writing classes put the seed back as they always have
 * ({@link ServerGraph}). The WAR is undeployed when the server stops, so no stale copy starts with the next run.
 */
public class OneDeploymentForTheSuite implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeployOnce.class);
    }

    /** One per test run (Arquillian keeps one manager for the JVM Failsafe forks). */
    public static class DeployOnce {

        private Archive<?> deployed;
        private DeployableContainer<?> container;

        public void deploy(@Observes EventContext<DeployDeployment> event) {
            DeployDeployment deploy = event.getEvent();
            if (deployed == null) {
                event.proceed();
                if (deploy.getDeployment().isDeployed()) {
                    deployed = deploy.getDeployment().getDescription().getArchive();
                    container = deploy.getDeployableContainer();
                }
            } else {
                String name = deploy.getDeployment().getDescription().getArchive().getName();
                if (!name.equals(deployed.getName())) {
                    throw new IllegalStateException("The suite deploys " + deployed.getName() + " once; " + name
                            + " would need a deployment of its own");
                }
                deploy.getDeployment().deployed();
            }
        }

        /** The next class uses the same deployment: leave it in place. */
        public void keep(@Observes EventContext<UnDeployDeployment> event) {
            event.getEvent().getDeployment().undeployed();
        }

        public void undeployBeforeTheServerStops(@Observes BeforeStop stop) throws DeploymentException {
            if (deployed != null) {
                container.undeploy(deployed);
                deployed = null;
            }
        }
    }
}
