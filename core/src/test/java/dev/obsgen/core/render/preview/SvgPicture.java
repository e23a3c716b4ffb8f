package dev.obsgen.core.render.preview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A preview parsed by the JDK's XML parser, with what the tests look for in it. */
record SvgPicture(Document document) {
    static SvgPicture parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgPicture(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("the preview is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The {@code <g>} elements of the given class. */
    List<Element> groups(String cssClass) {
        return elements(root(), "g").stream().filter(g -> g.getAttribute("class").equals(cssClass)).toList();
    }

    List<Element> panels(int id) {
        return groups("panel").stream().filter(g -> g.getAttribute("data-panel-id").equals(Integer.toString(id)))
                .toList();
    }

    static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The first child element of the class. */
    static Element child(Element parent, String name, String cssClass) {
        return elements(parent, name).stream().filter(e -> e.getAttribute("class").equals(cssClass)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + "." + cssClass + " in " + text(parent)));
    }

    /** The texts of the {@code <text>} elements under the element, in order. */
    static List<String> texts(Element parent) {
        return elements(parent, "text").stream().map(Node::getTextContent).toList();
    }

    static String text(Element parent) {
        return String.join(" | ", texts(parent));
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
