package dev.curveball.results.compare;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code comparison-junit.xml}: one testcase per scenario. A regressed scenario is a failure naming
 * the checks that newly fail with their evidence; fixed, unchanged and flaky ones pass; changed,
 * unpaired and unjudged ones are skipped with the reason. Written through {@link XMLStreamWriter},
 * which escapes everything; characters XML 1.0 cannot hold at all are replaced first.
 */
public final class ComparisonJunit {
    private ComparisonJunit() {
    }

    public static String of(Comparison c) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "curveball compare");
            xml.writeAttribute("tests", String.valueOf(c.scenarios().size()));
            xml.writeAttribute("failures", String.valueOf(c.regressions()));
            xml.writeAttribute("skipped", String.valueOf(c.scenarios().stream().filter(ComparisonJunit::skipped).count()));
            xml.writeCharacters("\n");
            for (ScenarioChange s : c.scenarios()) {
                testcase(xml, s);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write comparison-junit.xml", e);
        }
        return out.toString();
    }

    private static void testcase(XMLStreamWriter xml, ScenarioChange s) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "compare");
        xml.writeAttribute("name", clean(s.scenarioId()));
        if (s.status() == ScenarioStatus.REGRESSED) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean("regressed " + s.counts() + ": " + String.join(", ",
                    s.newFailures().stream().map(NewFailure::check).distinct().toList())));
            StringBuilder body = new StringBuilder();
            s.newFailures().forEach(f -> body.append(f.conversation()).append(": ").append(f.where()).append(": ").append(f.message()).append('\n'));
            xml.writeCharacters(clean(body.toString()));
            xml.writeEndElement();
        } else if (skipped(s)) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean(s.status().label() + (s.note().isEmpty() ? "" : ": " + s.note())));
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static boolean skipped(ScenarioChange s) {
        return switch (s.status()) {
            case CHANGED, ADDED, REMOVED, NOT_JUDGED -> true;
            default -> false;
        };
    }

    /** XML 1.0 cannot carry most C0 controls even escaped: they become U+FFFD. */
    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }
}
