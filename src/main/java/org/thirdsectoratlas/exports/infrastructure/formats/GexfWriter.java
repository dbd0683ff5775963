package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.ExportWords;
import org.thirdsectoratlas.exports.domain.GraphSink;
import org.thirdsectoratlas.exports.domain.MapPalette;

/**
 * GEXF 1.3 (gexf.net), written element by element with StAX. Colour, size and thickness are the 1.3 schema's
 * own elements (in the GEXF namespace, as its published XSD declares them). Parallel ties between the same two
 * nodes are told apart by the edge's {@code kind} (the relationship type).
 */
public final class GexfWriter implements GraphSink {

    static final String NS = "http://gexf.net/1.3";
    private static final List<String[]> NODE_ATTRIBUTES = List.of(
            new String[] {"type", "string"}, new String[] {"kind", "string"}, new String[] {"formality", "string"},
            new String[] {"status", "string"}, new String[] {"sizeBand", "string"},
            new String[] {"identifiers", "string"}, new String[] {"communities", "string"},
            new String[] {"localities", "string"}, new String[] {"ties", "long"},
            new String[] {"description", "string"});
    private static final List<String[]> EDGE_ATTRIBUTES = List.of(
            new String[] {"tie", "string"}, new String[] {"formality", "string"}, new String[] {"status", "string"},
            new String[] {"lastConfirmed", "string"}, new String[] {"role", "string"},
            new String[] {"detail", "string"});

    private final XMLStreamWriter xml;
    private long edgeCount;

    public GexfWriter(OutputStream out, String description) {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement(NS, "meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            text("creator", "Third Sector Atlas");
            text("description", description);
            xml.writeEndElement();
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            declare("node", NODE_ATTRIBUTES);
            declare("edge", EDGE_ATTRIBUTES);
            xml.writeStartElement(NS, "nodes");
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    private void declare(String forClass, List<String[]> attributes) throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", forClass);
        for (String[] a : attributes) {
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", a[0]);
            xml.writeAttribute("title", a[0]);
            xml.writeAttribute("type", a[1]);
        }
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }

    @Override
    public void node(ExportNode n) {
        try {
            xml.writeStartElement(NS, "node");
            xml.writeAttribute("id", XmlText.of(n.id()));
            xml.writeAttribute("label", XmlText.of(n.label()));
            xml.writeStartElement(NS, "attvalues");
            value("type", n.type());
            value("kind", n.kind());
            value("formality", n.formality());
            value("status", n.status());
            value("sizeBand", n.sizeBand());
            value("identifiers", join(n.identifiers()));
            value("communities", join(n.communities()));
            value("localities", join(n.localities()));
            value("ties", Long.toString(n.degree()));
            value("description", n.description());
            xml.writeEndElement();
            int[] rgb = MapPalette.rgb(n.colour());
            xml.writeEmptyElement(NS, "color");
            xml.writeAttribute("r", Integer.toString(rgb[0]));
            xml.writeAttribute("g", Integer.toString(rgb[1]));
            xml.writeAttribute("b", Integer.toString(rgb[2]));
            xml.writeEmptyElement(NS, "size");
            xml.writeAttribute("value", Double.toString(n.size()));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    @Override
    public void nodesDone() {
        try {
            xml.writeEndElement();
            xml.writeStartElement(NS, "edges");
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    @Override
    public void edge(ExportEdge e) {
        try {
            xml.writeStartElement(NS, "edge");
            xml.writeAttribute("id", "e" + (++edgeCount));
            xml.writeAttribute("source", XmlText.of(e.source()));
            xml.writeAttribute("target", XmlText.of(e.target()));
            xml.writeAttribute("kind", e.type());
            xml.writeAttribute("label", ExportWords.connectionType(e.type()));
            if (!e.directed()) {
                xml.writeAttribute("type", "undirected");
            }
            xml.writeStartElement(NS, "attvalues");
            value("tie", e.type());
            value("formality", e.formality());
            value("status", e.status());
            value("lastConfirmed", e.lastConfirmed());
            value("role", e.role());
            value("detail", e.detail());
            xml.writeEndElement();
            xml.writeEmptyElement(NS, "thickness");
            xml.writeAttribute("value", Integer.toString(thickness(e.formality())));
            xml.writeEndElement();
        } catch (XMLStreamException ex) {
            throw new ExportWriteException(ex);
        }
    }

    /** The map's line widths: formal 3, semi-formal and informal 2, unstated 1. */
    static int thickness(String formality) {
        if (formality == null) {
            return 1;
        }
        return "FORMAL".equals(formality) ? 3 : 2;
    }

    @Override
    public void finish() {
        try {
            xml.writeEndElement(); // edges
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // gexf
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    private void value(String attribute, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeEmptyElement(NS, "attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", XmlText.of(value));
    }

    /** Several values in one string attribute, separated by '|' as Kumu's and the import's multi-value cells. */
    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }
}
