package dev.connectonboard.quota.report;

import dev.connectonboard.quota.DepartmentVerdict;
import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.Violation;
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
import java.util.stream.Collectors;

/**
 * JUnit XML as CI systems read it: one test suite per department, one test case per limit, a failure per limit
 * that does not hold. Offline runs say so in the suite names, a property and system-out. Written with the JDK's XML
 * API so every value is escaped correctly.
 */
final class JunitReport {

    private JunitReport() {
    }

    static String render(QuotaReport report) {
        Document document = newDocument();
        Element suites = document.createElement("testsuites");
        document.appendChild(suites);
        String mode = report.offline() ? " (offline, descriptors only)" : "";
        suites.setAttribute("name", "connect-onboard quota check" + mode);
        suites.setAttribute("tests", Integer.toString(count(report)));
        suites.setAttribute("failures", Long.toString(failedLimits(report)));
        suites.setAttribute("errors", "0");
        for (DepartmentVerdict department : report.departments()) {
            Element suite = document.createElement("testsuite");
            suites.appendChild(suite);
            suite.setAttribute("name", "quota." + department.name() + mode);
            suite.setAttribute("tests", Integer.toString(department.limits().size()));
            suite.setAttribute("failures", Long.toString(department.limits().stream().filter(l -> !l.passed()).count()));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", "0");
            Element properties = document.createElement("properties");
            suite.appendChild(properties);
            property(document, properties, "mode", report.offline() ? "offline" : "online");
            property(document, properties, "platform", report.platform());
            property(document, properties, "kafkaClusterId", report.kafkaClusterId());
            property(document, properties, "descriptor", department.descriptor().toString());
            for (LimitVerdict limit : department.limits()) {
                Element testcase = document.createElement("testcase");
                suite.appendChild(testcase);
                testcase.setAttribute("classname", "quota." + department.name());
                testcase.setAttribute("name", limit.name());
                testcase.setAttribute("time", "0");
                if (!limit.passed()) {
                    Element failure = document.createElement("failure");
                    testcase.appendChild(failure);
                    failure.setAttribute("type", "QuotaViolation");
                    failure.setAttribute("message", limit.violations().get(0).message());
                    failure.setTextContent(limit.violations().stream().map(JunitReport::detail)
                            .collect(Collectors.joining("\n")));
                }
                Element out = document.createElement("system-out");
                testcase.appendChild(out);
                out.setTextContent("limit " + Cells.limit(limit) + ", usage " + limit.usage() + ", headroom "
                        + Cells.headroom(limit) + "; " + report.modeNote());
            }
        }
        return serialize(document);
    }

    private static String detail(Violation violation) {
        return (violation.source() == null ? "" : violation.source().cite() + ": ") + violation.message();
    }

    private static int count(QuotaReport report) {
        return report.departments().stream().mapToInt(department -> department.limits().size()).sum();
    }

    private static long failedLimits(QuotaReport report) {
        return report.departments().stream().flatMap(department -> department.limits().stream())
                .filter(limit -> !limit.passed()).count();
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
