package org.thirdsectoratlas.generator.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/** A SHA-256 over every generated element in order, properties sorted by name: equal output, equal digest. */
public final class EcosystemDigest implements EcosystemSink {

    private final MessageDigest sha;

    public EcosystemDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void node(GeneratedNode node) {
        update("N|" + node.label() + "|" + node.id() + "|" + new TreeMap<>(node.properties()));
    }

    @Override
    public void tie(GeneratedTie tie) {
        update("T|" + tie.type() + "|" + tie.fromLabel() + ":" + tie.fromId() + "|" + tie.toLabel() + ":"
                + tie.toId() + "|" + new TreeMap<>(tie.properties()));
    }

    private void update(String line) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of what the generator produces for this generation. */
    public static String of(EcosystemGenerator generator, Generation generation) {
        EcosystemDigest digest = new EcosystemDigest();
        generator.generate(generation, digest);
        return digest.hex();
    }

}
