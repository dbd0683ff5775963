package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.ExportWords;
import org.thirdsectoratlas.exports.domain.MapPalette;

/**
 * GEXF 1.3 (gexf.net), written element by element with StAX. Colour, size and thickness are the 1.3 schema's
 * own elements (in the GEXF namespace, as its published XSD declares them). Parallel ties between the same two
 * nodes are told apart by the edge's {@code kind} (the relationship type).
 */
public final class GexfWriter extends XmlGraphWriter {

    static final String NS = "http://gexf.net/1.3";

    public GexfWriter(OutputStream out, String description) {
        super(out, NS, "gexf");
        write(() -> {
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement(NS, "meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            text("creator", "Third Sector Atlas");
            text("description", description);
            xml.writeEndElement();
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            declare("node", Stream.concat(NODE_ATTRIBUTES.stream(), Stream.of(DESCRIPTION)).toList());
            declare("edge", EDGE_ATTRIBUTES);
            xml.writeStartElement(NS, "nodes");
        });
    }

    private void declare(String forClass, List<? extends Attribute<?>> attributes) throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", forClass);
        for (Attribute<?> a : attributes) {
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", a.name());
            xml.writeAttribute("title", a.name());
            xml.writeAttribute("type", a.type());
        }
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }

    @Override
    protected void nodeContent(ExportNode n) throws XMLStreamException {
        xml.writeAttribute("label", XmlText.of(n.label()));
        xml.writeStartElement(NS, "attvalues");
        for (Attribute<ExportNode> a : NODE_ATTRIBUTES) {
            value(a.name(), a.value().apply(n));
        }
        value(DESCRIPTION.name(), n.description());
        xml.writeEndElement();
        int[] rgb = MapPalette.rgb(n.colour());
        xml.writeEmptyElement(NS, "color");
        xml.writeAttribute("r", Integer.toString(rgb[0]));
        xml.writeAttribute("g", Integer.toString(rgb[1]));
        xml.writeAttribute("b", Integer.toString(rgb[2]));
        xml.writeEmptyElement(NS, "size");
        xml.writeAttribute("value", Double.toString(n.size()));
    }

    @Override
    public void nodesDone() {
        write(() -> {
            xml.writeEndElement();
            xml.writeStartElement(NS, "edges");
        });
    }

    @Override
    protected void edgeContent(ExportEdge e) throws XMLStreamException {
        xml.writeAttribute("kind", e.type());
        xml.writeAttribute("label", ExportWords.connectionType(e.type()));
        if (!e.directed()) {
            xml.writeAttribute("type", "undirected");
        }
        xml.writeStartElement(NS, "attvalues");
        for (Attribute<ExportEdge> a : EDGE_ATTRIBUTES) {
            value(a.name(), a.value().apply(e));
        }
        xml.writeEndElement();
        xml.writeEmptyElement(NS, "thickness");
        xml.writeAttribute("value", Integer.toString(thickness(e.formality())));
    }

    /** The map's line widths: formal 3, semi-formal and informal 2, unstated 1. */
    static int thickness(String formality) {
        if (formality == null) {
            return 1;
        }
        return "FORMAL".equals(formality) ? 3 : 2;
    }

    private void value(String attribute, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeEmptyElement(NS, "attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", XmlText.of(value));
    }
}
