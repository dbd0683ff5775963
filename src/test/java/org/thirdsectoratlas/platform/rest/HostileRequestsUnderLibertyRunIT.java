package org.thirdsectoratlas.platform.rest;

/**
 * {@link HostileRequests} against the server the README's run command ({@code mvn -DskipTests package liberty:run})
 * started, with its own server.xml and nothing of the test set-up: {@code .ci/run} starts it after the suite and
 * runs this class alone ({@code -Dit.test=HostileRequestsUnderLibertyRunIT}); the suite itself leaves it out
 * (maven-failsafe-plugin's excludes in pom.xml), having no such server.
 */
class HostileRequestsUnderLibertyRunIT implements HostileRequests {
}
