package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;

/**
 * GraphML (graphml.graphdrawing.org) written with StAX: every attribute declared as a {@code <key>} with its
 * name and type, the same attributes as the GEXF export plus the map's colour and size.
 */
public final class GraphMlWriter extends XmlGraphWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** GraphML has no label of its own, nor colour and size: they are keys here. */
    private static final List<Attribute<ExportNode>> NODE_KEYS = nodeKeys();

    public GraphMlWriter(OutputStream out, String description) {
        super(out, NS, "graphml");
        write(() -> {
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeComment(" " + XmlText.of(description).replace("--", "- -") + " ");
            keys("node", "n_", NODE_KEYS);
            keys("edge", "e_", EDGE_ATTRIBUTES);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "atlas");
            xml.writeAttribute("edgedefault", "directed");
        });
    }

    private static List<Attribute<ExportNode>> nodeKeys() {
        List<Attribute<ExportNode>> keys = new ArrayList<>();
        keys.add(new Attribute<>("label", "string", ExportNode::label));
        keys.addAll(NODE_ATTRIBUTES);
        keys.add(new Attribute<>("colour", "string", ExportNode::colour));
        keys.add(new Attribute<>("size", "double", n -> Double.toString(n.size())));
        keys.add(DESCRIPTION);
        return List.copyOf(keys);
    }

    private void keys(String forClass, String prefix, List<? extends Attribute<?>> keys) throws XMLStreamException {
        for (Attribute<?> k : keys) {
            xml.writeEmptyElement(NS, "key");
            xml.writeAttribute("id", prefix + k.name());
            xml.writeAttribute("for", forClass);
            xml.writeAttribute("attr.name", k.name());
            xml.writeAttribute("attr.type", k.type());
        }
    }

    @Override
    protected void nodeContent(ExportNode n) throws XMLStreamException {
        for (Attribute<ExportNode> k : NODE_KEYS) {
            data("n_" + k.name(), k.value().apply(n));
        }
    }

    @Override
    public void nodesDone() {
        // GraphML lets nodes and edges mix; nothing to close.
    }

    @Override
    protected void edgeContent(ExportEdge e) throws XMLStreamException {
        if (!e.directed()) {
            xml.writeAttribute("directed", "false");
        }
        for (Attribute<ExportEdge> k : EDGE_ATTRIBUTES) {
            data("e_" + k.name(), k.value().apply(e));
        }
    }

    private void data(String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }
}
