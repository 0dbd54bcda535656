package dev.connectonboard.plangate.report;

import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Effect;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.UnmatchedAcknowledgement;
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
import java.util.List;

/**
 * JUnit XML for CI test views: one suite per department ({@code plan.<department>}), a test case per change that
 * destroys data, resets a connector or changes access (failing when it blocks), one per acknowledgement matching
 * nothing, and a "plan" case holding the summary. Written with the JDK's XML API so every value is escaped.
 */
final class JunitPlanReport {
    private JunitPlanReport() {
    }

    static String render(PlanGateReport report) {
        Document document = newDocument();
        Element suites = document.createElement("testsuites");
        document.appendChild(suites);
        suites.setAttribute("name", "connect-onboard plan check");
        int tests = 0;
        for (DepartmentPlanVerdict department : report.departments()) {
            Element suite = document.createElement("testsuite");
            suites.appendChild(suite);
            String suiteName = "plan." + department.name();
            suite.setAttribute("name", suiteName);
            Element properties = document.createElement("properties");
            suite.appendChild(properties);
            property(document, properties, "platform", report.platform());
            property(document, properties, "plan", department.plan().toString());
            property(document, properties, "descriptor", department.removed() ? "(removed)"
                    : department.descriptor().toString());
            List<Finding> judged = department.findings().stream()
                    .filter(f -> f.effect().needsAcknowledgement() || f.effect() == Effect.CHANGES_ACCESS).toList();
            Element summary = testcase(document, suite, suiteName, "plan");
            out(document, summary, Wording.departmentOutcome(department) + "; " + department.findings().size()
                    + " changes, " + department.unchanged() + " unchanged");
            for (Finding finding : judged) {
                Element testcase = testcase(document, suite, suiteName, finding.effect().id() + ": "
                        + finding.subject().label() + (finding.address() == null ? "" : " (" + finding.address()
                        + ")"));
                if (finding.blocking()) {
                    Element failure = document.createElement("failure");
                    testcase.appendChild(failure);
                    failure.setAttribute("type", "Unacknowledged" + camel(finding.effect().id()));
                    failure.setAttribute("message", finding.message());
                    failure.setTextContent(Wording.where(department, finding) + ": " + finding.message()
                            + (finding.fix() == null ? "" : "\n" + finding.fix()));
                } else {
                    out(document, testcase, Wording.where(department, finding) + ": " + finding.message()
                            + (finding.acknowledgement() == null ? "" : "\n" + Wording.acknowledged(finding)));
                }
            }
            for (UnmatchedAcknowledgement unmatched : department.unmatchedAcknowledgements()) {
                Element testcase = testcase(document, suite, suiteName, "acknowledgement: " + unmatched.subject()
                        + " (" + unmatched.action() + ")");
                out(document, testcase, "warning: " + unmatched.source().cite() + ": " + unmatched.message());
            }
            int count = 1 + judged.size() + department.unmatchedAcknowledgements().size();
            tests += count;
            suite.setAttribute("tests", Integer.toString(count));
            suite.setAttribute("failures", Long.toString(department.blockingCount()));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", "0");
        }
        suites.setAttribute("tests", Integer.toString(tests));
        suites.setAttribute("failures", Long.toString(report.blockingCount()));
        suites.setAttribute("errors", "0");
        return serialize(document);
    }

    private static Element testcase(Document document, Element suite, String classname, String name) {
        Element testcase = document.createElement("testcase");
        suite.appendChild(testcase);
        testcase.setAttribute("classname", classname);
        testcase.setAttribute("name", name);
        testcase.setAttribute("time", "0");
        return testcase;
    }

    private static void out(Document document, Element testcase, String text) {
        Element out = document.createElement("system-out");
        out.setTextContent(text);
        testcase.appendChild(out);
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static void property(Document document, Element properties, String name, String value) {
        Element property = document.createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", value);
        properties.appendChild(property);
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

    private static String serialize(Document document) {
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
}
