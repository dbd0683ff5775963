package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.GraphSink;

/**
 * GraphML (graphml.graphdrawing.org) written with StAX: every attribute declared as a {@code <key>} with its
 * name and type, the same attributes as the GEXF export plus the map's colour and size.
 */
public final class GraphMlWriter implements GraphSink {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final List<String[]> NODE_KEYS = List.of(
            new String[] {"label", "string"}, new String[] {"type", "string"}, new String[] {"kind", "string"},
            new String[] {"formality", "string"}, new String[] {"status", "string"},
            new String[] {"sizeBand", "string"}, new String[] {"identifiers", "string"},
            new String[] {"communities", "string"}, new String[] {"localities", "string"},
            new String[] {"ties", "long"}, new String[] {"colour", "string"}, new String[] {"size", "double"},
            new String[] {"description", "string"});
    private static final List<String[]> EDGE_KEYS = List.of(
            new String[] {"tie", "string"}, new String[] {"formality", "string"}, new String[] {"status", "string"},
            new String[] {"lastConfirmed", "string"}, new String[] {"role", "string"},
            new String[] {"detail", "string"});

    private final XMLStreamWriter xml;
    private long edgeCount;

    public GraphMlWriter(OutputStream out, String description) {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeComment(" " + XmlText.of(description).replace("--", "- -") + " ");
            keys("node", "n_", NODE_KEYS);
            keys("edge", "e_", EDGE_KEYS);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "atlas");
            xml.writeAttribute("edgedefault", "directed");
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    private void keys(String forClass, String prefix, List<String[]> keys) throws XMLStreamException {
        for (String[] k : keys) {
            xml.writeEmptyElement(NS, "key");
            xml.writeAttribute("id", prefix + k[0]);
            xml.writeAttribute("for", forClass);
            xml.writeAttribute("attr.name", k[0]);
            xml.writeAttribute("attr.type", k[1]);
        }
    }

    @Override
    public void node(ExportNode n) {
        try {
            xml.writeStartElement(NS, "node");
            xml.writeAttribute("id", XmlText.of(n.id()));
            data("n_label", n.label());
            data("n_type", n.type());
            data("n_kind", n.kind());
            data("n_formality", n.formality());
            data("n_status", n.status());
            data("n_sizeBand", n.sizeBand());
            data("n_identifiers", GexfWriter.join(n.identifiers()));
            data("n_communities", GexfWriter.join(n.communities()));
            data("n_localities", GexfWriter.join(n.localities()));
            data("n_ties", Long.toString(n.degree()));
            data("n_colour", n.colour());
            data("n_size", Double.toString(n.size()));
            data("n_description", n.description());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    @Override
    public void nodesDone() {
        // GraphML lets nodes and edges mix; nothing to close.
    }

    @Override
    public void edge(ExportEdge e) {
        try {
            xml.writeStartElement(NS, "edge");
            xml.writeAttribute("id", "e" + (++edgeCount));
            xml.writeAttribute("source", XmlText.of(e.source()));
            xml.writeAttribute("target", XmlText.of(e.target()));
            if (!e.directed()) {
                xml.writeAttribute("directed", "false");
            }
            data("e_tie", e.type());
            data("e_formality", e.formality());
            data("e_status", e.status());
            data("e_lastConfirmed", e.lastConfirmed());
            data("e_role", e.role());
            data("e_detail", e.detail());
            xml.writeEndElement();
        } catch (XMLStreamException ex) {
            throw new ExportWriteException(ex);
        }
    }

    @Override
    public void finish() {
        try {
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // graphml
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
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
