package dev.connectonboard.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;

/**
 * The JUnit XML shape CI systems read (testsuites, testsuite with properties, testcase, failure, system-out), shared
 * by the gates' reports. Written with the JDK's XML API, with external entities and stylesheets off, so every value
 * is escaped and nothing a descriptor says can reach the parser as markup.
 */
public final class JunitXml {
    private final Document document;
    private final Element suites;

    private JunitXml(Document document, Element suites) {
        this.document = document;
        this.suites = suites;
    }

    /** A new report whose root {@code testsuites} element is named {@code name}. */
    public static JunitXml named(String name) {
        Document document = newDocument();
        Element suites = document.createElement("testsuites");
        document.appendChild(suites);
        suites.setAttribute("name", name);
        return new JunitXml(document, suites);
    }

    /** Sets the totals on the root element. */
    public void totals(int tests, long failures) {
        suites.setAttribute("tests", Integer.toString(tests));
        suites.setAttribute("failures", Long.toString(failures));
        suites.setAttribute("errors", "0");
    }

    /** Appends a test suite; its counts are set with {@link Suite#totals} once its cases are known. */
    public Suite suite(String name) {
        Element suite = document.createElement("testsuite");
        suites.appendChild(suite);
        suite.setAttribute("name", name);
        Element properties = document.createElement("properties");
        suite.appendChild(properties);
        return new Suite(suite, properties);
    }

    public String render() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write the JUnit report", e);
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
    }

    /** One {@code testsuite}: its properties and test cases. */
    public final class Suite {
        private final Element suite;
        private final Element properties;

        private Suite(Element suite, Element properties) {
            this.suite = suite;
            this.properties = properties;
        }

        public Suite property(String name, String value) {
            Element property = document.createElement("property");
            property.setAttribute("name", name);
            property.setAttribute("value", value);
            properties.appendChild(property);
            return this;
        }

        public TestCase testcase(String classname, String name) {
            Element testcase = document.createElement("testcase");
            suite.appendChild(testcase);
            testcase.setAttribute("classname", classname);
            testcase.setAttribute("name", name);
            testcase.setAttribute("time", "0");
            return new TestCase(testcase);
        }

        public void totals(int tests, long failures) {
            suite.setAttribute("tests", Integer.toString(tests));
            suite.setAttribute("failures", Long.toString(failures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", "0");
        }
    }

    /** One {@code testcase}: a failure and what it printed. */
    public final class TestCase {
        private final Element testcase;

        private TestCase(Element testcase) {
            this.testcase = testcase;
        }

        public TestCase failure(String type, String message, String detail) {
            Element failure = document.createElement("failure");
            testcase.appendChild(failure);
            failure.setAttribute("type", type);
            failure.setAttribute("message", message);
            failure.setTextContent(detail);
            return this;
        }

        public TestCase systemOut(String text) {
            Element out = document.createElement("system-out");
            out.setTextContent(text);
            testcase.appendChild(out);
            return this;
        }
    }
}
