package dev.curveball.results.report;

import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.EventLabel;
import dev.curveball.results.PlayedConversation;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml}: one {@code <testcase>} per conversation and trial, {@code classname} the
 * scenario id, {@code name} {@code s0007-t1 persona/task}. FAIL is a {@code <failure>} whose message
 * is the first failed check and whose body lists every failed check with its event and message and
 * every grade below its threshold with its evidence; ERROR is an {@code <error>}; UNGRADED, and a FAIL
 * the simulated user caused (not the agent's failure, as in the pass rate), are {@code <skipped>}.
 * {@code time} is the conversation's length by its trace's clock. Written with the JDK's XML stream
 * writer, so escaping is the library's; characters XML 1.0 cannot hold are dropped first.
 */
final class JunitReport {
    private final ReportedRun run;
    private XMLStreamWriter xml;

    private JunitReport(ReportedRun run) {
        this.run = run;
    }

    static String of(ReportedRun run) {
        StringWriter text = new StringWriter();
        JunitReport report = new JunitReport(run);
        try {
            report.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            report.write();
            report.xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("junit.xml: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private void write() throws XMLStreamException {
        List<PlayedConversation> all = run.judged();
        long skipped = all.stream().map(c -> c.verdict().orElseThrow()).filter(JunitReport::skipped).count();
        long errors = all.stream().filter(c -> c.verdict().orElseThrow().outcome() == Outcome.ERROR).count();
        long failures = all.stream().map(c -> c.verdict().orElseThrow()).filter(v -> v.outcome() == Outcome.FAIL && !v.simulatorCaused()).count();
        Duration total = all.stream().map(c -> ReportedRun.duration(c.trace())).reduce(Duration.ZERO, Duration::plus);
        String name = "curveball " + run.records().manifest().agent() + " on " + run.records().manifest().world();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        attributes(name, all.size(), failures, errors, skipped, total);
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        attributes(name, all.size(), failures, errors, skipped, total);
        xml.writeCharacters("\n");
        for (PlayedConversation c : all) {
            testcase(c);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void attributes(String name, int tests, long failures, long errors, long skipped, Duration time) throws XMLStreamException {
        attribute("name", name);
        attribute("tests", String.valueOf(tests));
        attribute("failures", String.valueOf(failures));
        attribute("errors", String.valueOf(errors));
        attribute("skipped", String.valueOf(skipped));
        attribute("time", Figures.seconds(time));
    }

    private void testcase(PlayedConversation c) throws XMLStreamException {
        Verdict v = c.verdict().orElseThrow();
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        attribute("classname", c.scenario().id());
        attribute("name", c.id() + " " + c.scenario().persona() + "/" + c.scenario().task().id());
        attribute("time", Figures.seconds(ReportedRun.duration(c.trace())));
        if (v.outcome() == Outcome.FAIL && !v.simulatorCaused()) {
            List<CheckResult> failed = v.failedChecks();
            xml.writeStartElement("failure");
            attribute("message", failed.isEmpty() ? "FAIL" : failed.get(0).id() + ": " + failed.get(0).message());
            attribute("type", failed.isEmpty() ? "FAIL" : failed.get(0).id());
            text(failureBody(c, v));
            xml.writeEndElement();
        } else if (v.outcome() == Outcome.ERROR) {
            xml.writeStartElement("error");
            attribute("message", v.error() == null ? "ERROR (infrastructure, not the agent's failure)" : v.error());
            attribute("type", "ERROR");
            xml.writeEndElement();
        } else if (skipped(v)) {
            xml.writeStartElement("skipped");
            attribute("message", v.outcome() == Outcome.UNGRADED ? "UNGRADED: no hard check failed, but a rubric criterion could not be graded"
                    : "FAIL caused by the simulated user, not the agent: " + String.join(", ", v.failedChecks().stream().map(CheckResult::id).toList()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static boolean skipped(Verdict v) {
        return v.outcome() == Outcome.UNGRADED || v.simulatorCaused();
    }

    private static String failureBody(PlayedConversation c, Verdict v) {
        StringBuilder body = new StringBuilder();
        for (CheckResult check : v.failedChecks()) {
            body.append(check.id());
            if (check.event() != null) {
                body.append(" at event ").append(check.event()).append(" (").append(EventLabel.of(c.trace(), check.event())).append(")");
            }
            body.append(": ").append(check.message()).append('\n');
        }
        for (Grade g : v.grades()) {
            if (g.belowThreshold()) {
                body.append("grade ").append(g.criterion()).append(' ').append(g.score()).append(" (needs ").append(g.threshold()).append(")");
                g.evidence().forEach(e -> body.append("\n  evidence: ").append(e));
                body.append('\n');
            }
        }
        return body.toString();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, Escaping.xml(value));
    }

    private void text(String value) throws XMLStreamException {
        xml.writeCharacters(Escaping.xml(value));
    }
}
