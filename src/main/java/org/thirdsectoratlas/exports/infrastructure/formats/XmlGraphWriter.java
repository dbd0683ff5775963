package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.GraphSink;

/**
 * What the GEXF and GraphML writers share: a StAX document in one default namespace, the attributes both declare
 * for nodes and edges (with how each is read), and the node and edge elements with their ids. Each format says how
 * it declares an attribute and writes a value, and what else its elements carry.
 */
abstract class XmlGraphWriter implements GraphSink {

    /** An attribute a format declares (name and XML Schema type) and how its value is read. */
    record Attribute<T>(String name, String type, Function<T, String> value) {
    }

    /** The node attributes both formats carry, in their order; each adds the ones only it writes. */
    static final List<Attribute<ExportNode>> NODE_ATTRIBUTES = List.of(
            new Attribute<>("type", "string", ExportNode::type),
            new Attribute<>("kind", "string", ExportNode::kind),
            new Attribute<>("formality", "string", ExportNode::formality),
            new Attribute<>("status", "string", ExportNode::status),
            new Attribute<>("sizeBand", "string", ExportNode::sizeBand),
            new Attribute<>("identifiers", "string", n -> join(n.identifiers())),
            new Attribute<>("communities", "string", n -> join(n.communities())),
            new Attribute<>("localities", "string", n -> join(n.localities())),
            new Attribute<>("ties", "long", n -> Long.toString(n.degree())));
    /** Written last, after any attribute a format adds. */
    static final Attribute<ExportNode> DESCRIPTION = new Attribute<>("description", "string", ExportNode::description);
    static final List<Attribute<ExportEdge>> EDGE_ATTRIBUTES = List.of(
            new Attribute<>("tie", "string", ExportEdge::type),
            new Attribute<>("formality", "string", ExportEdge::formality),
            new Attribute<>("status", "string", ExportEdge::status),
            new Attribute<>("lastConfirmed", "string", ExportEdge::lastConfirmed),
            new Attribute<>("role", "string", ExportEdge::role),
            new Attribute<>("detail", "string", ExportEdge::detail));

    /** One step of StAX writing; a failure becomes an {@link ExportWriteException}. */
    @FunctionalInterface
    interface XmlStep {
        void write() throws XMLStreamException;
    }

    protected final XMLStreamWriter xml;
    protected final String ns;
    private long edgeCount;

    /** Starts the document and its root element in the format's namespace. */
    protected XmlGraphWriter(OutputStream out, String ns, String root) {
        this.ns = ns;
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ns);
            xml.writeStartElement(ns, root);
            xml.writeDefaultNamespace(ns);
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    /** What the node element carries after its id: its attributes' values and the format's own. */
    protected abstract void nodeContent(ExportNode n) throws XMLStreamException;

    /** What the edge element carries after its id, source and target. */
    protected abstract void edgeContent(ExportEdge e) throws XMLStreamException;

    @Override
    public final void node(ExportNode n) {
        write(() -> {
            xml.writeStartElement(ns, "node");
            xml.writeAttribute("id", XmlText.of(n.id()));
            nodeContent(n);
            xml.writeEndElement();
        });
    }

    @Override
    public final void edge(ExportEdge e) {
        write(() -> {
            xml.writeStartElement(ns, "edge");
            xml.writeAttribute("id", "e" + (++edgeCount));
            xml.writeAttribute("source", XmlText.of(e.source()));
            xml.writeAttribute("target", XmlText.of(e.target()));
            edgeContent(e);
            xml.writeEndElement();
        });
    }

    /** Closes every open element and the document. */
    @Override
    public final void finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    protected final void write(XmlStep step) {
        try {
            step.write();
        } catch (XMLStreamException e) {
            throw new ExportWriteException(e);
        }
    }

    /** Several values in one string attribute, separated by '|' as Kumu's and the import's multi-value cells. */
    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }
}
