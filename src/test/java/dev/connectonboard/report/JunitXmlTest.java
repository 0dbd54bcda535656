package dev.connectonboard.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JunitXmlTest {

    @Test
    void valuesWithMarkupStayTextAndCountsLandOnTheirElements() throws Exception {
        JunitXml xml = JunitXml.named("gate <&> \"x\"");
        JunitXml.Suite suite = xml.suite("quota.hr").property("descriptor", "a\"b<c>.yaml");
        suite.testcase("quota.hr", "maxConnectors").failure("QuotaViolation", "over <limit>", "5 > 3 & more");
        suite.testcase("quota.hr", "maxTasks").systemOut("]]> <!ENTITY x>");
        suite.totals(2, 1);
        xml.totals(2, 1);
        String text = xml.render();
        assertFalse(text.contains("<limit>"), text);

        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Element root = parsed.getDocumentElement();
        assertEquals("gate <&> \"x\"", root.getAttribute("name"));
        assertEquals("2", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        Element testsuite = (Element) root.getElementsByTagName("testsuite").item(0);
        assertEquals("1", testsuite.getAttribute("failures"));
        assertEquals("0", testsuite.getAttribute("skipped"));
        Element property = (Element) testsuite.getElementsByTagName("property").item(0);
        assertEquals("a\"b<c>.yaml", property.getAttribute("value"));
        Element failure = (Element) parsed.getElementsByTagName("failure").item(0);
        assertEquals("over <limit>", failure.getAttribute("message"));
        assertEquals("5 > 3 & more", failure.getTextContent());
        assertEquals("]]> <!ENTITY x>", parsed.getElementsByTagName("system-out").item(0).getTextContent());
    }
}
