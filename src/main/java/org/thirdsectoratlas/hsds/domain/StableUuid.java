package org.thirdsectoratlas.hsds.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (version 5, SHA-1, RFC 9562 section 5.5) for the Atlas's records: HSDS wants UUIDs, the
 * Atlas has slugs. The same slug always gives the same UUID, on every server, so HSDS consumers can keep them.
 * The namespace is itself the version-5 UUID of the URL {@value #NAMESPACE_URL} in the standard URL
 * namespace; a record's name is {@code <kind>/<atlas id>}, e.g. {@code organisation/voluntary-action-leeds}.
 */
public final class StableUuid {

    public static final String NAMESPACE_URL = "https://thirdsectoratlas.org/";
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    public static final UUID ATLAS_NAMESPACE = v5(URL_NAMESPACE, NAMESPACE_URL);

    private StableUuid() {
    }

    /** The UUID of an Atlas record of this kind (organisation, programme, ...) and id. */
    public static UUID of(String kind, String id) {
        return v5(ATLAS_NAMESPACE, kind + "/" + id);
    }

    public static UUID organisation(String id) {
        return of("organisation", id);
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122/9562 variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
