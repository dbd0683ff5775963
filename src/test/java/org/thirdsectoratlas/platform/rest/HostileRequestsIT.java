package org.thirdsectoratlas.platform.rest;

import org.thirdsectoratlas.testing.DeployedAtlasTest;

/** {@link HostileRequests} against the integration suite's managed Liberty. */
class HostileRequestsIT extends DeployedAtlasTest implements HostileRequests {
}
