package org.thirdsectoratlas.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * The application's own scripts and style sheets (h:outputScript / h:outputStylesheet without a library:
 * css/atlas.css, js/network-map.js) are addressed with {@code v=} and a hash of their content, as PrimeFaces
 * addresses its own with its release: a browser may then keep any versioned resource for a year
 * (StaticResourceCacheFilter), and a changed file gets a new address the moment it is deployed.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private static final Pattern VERSIONED = Pattern.compile("[?&]v=");

    /** The WAR's resources change only with a new deployment, which creates a new handler. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            // Libraries carry their own version (PrimeFaces'). Wrapping theirs too broke the font addresses that
            // PrimeFaces' primeicons.css writes through the resource EL.
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (VERSIONED.matcher(path).find()) {
                    return path;
                }
                String version = versions.computeIfAbsent(getResourceName(), name -> hash(getWrapped()));
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }
}
