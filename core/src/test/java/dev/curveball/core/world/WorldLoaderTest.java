package dev.curveball.core.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo world loads; a copy with one thing broken fails with one located line. */
class WorldLoaderTest {
    private static final Path ACME = DemoWorldCopy.ACME;

    @TempDir
    Path world;

    @BeforeEach
    void copyTheDemoWorld() throws IOException {
        DemoWorldCopy.into(world);
    }

    @Test
    void loadsTheDemoWorld() {
        World acme = WorldLoader.load(ACME);
        assertThat(acme.name()).isEqualTo("acme-support");
        assertThat(acme.tools()).hasSize(10);
        assertThat(acme.tool("get_refund").orElseThrow().behaviour()).isInstanceOfSatisfying(ToolBehaviour.Lookup.class, lookup -> assertThat(lookup.table()).isEqualTo("refunds"));
        assertThat(acme.tasks()).hasSize(11);
        assertThat(acme.tool("issue_refund").orElseThrow().highImpact()).isTrue();
    }

    @Test
    void rejectsAToolReadingAnUnknownTable() throws IOException {
        edit("world.yaml", "{kind: lookup, table: customers, key: customer_id}", "{kind: lookup, table: customer, key: customer_id}");
        assertFails("world.yaml:30:31: field 'tools[0].behaviour.table': unknown table 'customer' (did you mean 'customers'?)");
    }

    @Test
    void rejectsAnUnknownBehaviourKindSuggestingTheNearest() throws IOException {
        edit("world.yaml", "      kind: lookup\n      table: invoices", "      kind: lokup\n      table: invoices");
        assertFails("world.yaml:62:13: field 'tools[3].behaviour.kind': unknown behaviour kind 'lokup' (did you mean 'lookup'?)");
    }

    @Test
    void readsEachBehaviourKindAsARecordHoldingOnlyItsFields() {
        World acme = WorldLoader.load(ACME);
        assertThat(acme.tool("get_order").orElseThrow().behaviour()).isInstanceOfSatisfying(ToolBehaviour.Lookup.class, lookup -> {
            assertThat(lookup.table()).isEqualTo("orders");
            assertThat(lookup.key()).isEqualTo("order_id");
            assertThat(lookup.fields()).contains("opened");
        });
        assertThat(acme.tool("list_orders").orElseThrow().behaviour()).isEqualTo(new ToolBehaviour.ListRows("orders", "customer_id", null, "orders"));
        assertThat(acme.tool("search_policy").orElseThrow().behaviour()).isEqualTo(new ToolBehaviour.Search("results"));
        assertThat(acme.tool("request_approval").orElseThrow().behaviour()).isInstanceOfSatisfying(ToolBehaviour.RecordAction.class, record -> {
            assertThat(record.collection()).isEqualTo("approvals");
            assertThat(record.ownedBy()).isEqualTo(new ToolBehaviour.OwnedBy("order_id", "orders"));
            assertThat(record.emits()).isEqualTo(ToolBehaviour.Emits.APPROVAL);
        });
        assertThat(acme.tool("update_ticket").orElseThrow().behaviour()).isInstanceOfSatisfying(ToolBehaviour.RecordAction.class,
                record -> assertThat(record.emits()).isEqualTo(ToolBehaviour.Emits.STATE_CHANGE));
    }

    @Test
    void rejectsAFieldOfAnotherBehaviourKindListingTheKindsOwn() throws IOException {
        edit("world.yaml", "{kind: lookup, table: customers, key: customer_id}", "{kind: lookup, table: customers, key: customer_id, wrap: customers}");
        assertFails("world.yaml:30:67: unknown field 'tools[0].behaviour.wrap'; known: fields, key, kind, table");
    }

    @Test
    void rejectsAnOwnershipRuleOnALookup() throws IOException {
        edit("world.yaml", "{kind: lookup, table: customers, key: customer_id}",
                "{kind: lookup, table: customers, key: customer_id, owned_by: {argument: customer_id, table: customers}}");
        assertFails("world.yaml:30:67: unknown field 'tools[0].behaviour.owned_by'; known: fields, key, kind, table");
    }

    @Test
    void saysWhichBehaviourKindNeedsAMissingField() throws IOException {
        edit("world.yaml", "{kind: lookup, table: customers, key: customer_id}", "{kind: lookup, table: customers}");
        assertFails("world.yaml:30:5: missing required field 'tools[0].behaviour.key' (needed because kind is 'lookup')");
    }

    @Test
    void rejectsAnOutcomeNamingAToolTheWorldLacks() throws IOException {
        edit("tasks.yaml", "outcome: [{done: issue_refund, entity: A-5001}]", "outcome: [{done: issue_refnd, entity: A-5001}]");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "done: issue_refnd") + ":16: field 'tasks[1].outcome[0].done': unknown tool 'issue_refnd' (did you mean 'issue_refund'?)");
    }

    @Test
    void rejectsAPolicyRuleOnAnUnknownColumn() throws IOException {
        edit("world.yaml", "when: {field: opened, equals: true}", "when: {field: opend, equals: true}");
        assertFails("world.yaml:20:13: field 'policies[1].when.field': unknown column of orders 'opend' (did you mean 'opened'?)");
    }

    @Test
    void rejectsAPolicyConditionGivingTwoTests() throws IOException {
        edit("world.yaml", "when: {field: opened, equals: true}", "when: {field: opened, equals: true, above: 3}");
        assertFails("world.yaml:20:12: field 'policies[1].when': a policy condition gives exactly one of equals, older_than_days, above");
    }

    @Test
    void rejectsAnImpossibleToday() throws IOException {
        edit("world.yaml", "today: 2026-11-26", "today: 2026-11-31");
        assertFails("world.yaml:4:8: field 'today': expected a date (YYYY-MM-DD), got '2026-11-31'");
    }

    @Test
    void rejectsATaskTagOutsideTheVocabulary() throws IOException {
        edit("tasks.yaml", "tags: [approval, irreversible-action, next-step]", "tags: [approvals, irreversible-action, next-step]");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "tags: [approvals") + ":12: field 'tasks[0].tags[0]': unknown category tag 'approvals' (did you mean 'approval'?)");
    }

    @Test
    void rejectsPartialDataWithoutTheFieldsToDrop() throws IOException {
        edit("tasks.yaml", "kind: partial-data, drop_fields: [line_items]}", "kind: partial-data}");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "kind: partial-data}")
                + ":9: missing required field 'fault_profiles[0].faults[1].drop_fields' (needed because kind is 'partial-data')");
    }

    @Test
    void rejectsAnUnknownFaultKindNamingTheNearest() throws IOException {
        edit("tasks.yaml", "kind: silent-no-op}", "kind: silent-noop}");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "kind: silent-noop}") + ":" + (columnOf("tasks.yaml", "silent-noop}"))
                + ": field 'fault_profiles[10].faults[0].kind': unknown fault kind 'silent-noop' (did you mean 'silent-no-op'?)");
    }

    @Test
    void rejectsAFaultDelayBeyondTenMinutesInTheSchemaAndTheRecord() throws IOException {
        edit("tasks.yaml", "kind: timeout, delay_ms: 150}\n      - {tool: get_invoice, calls: [2], kind: partial",
                "kind: timeout, delay_ms: 2147483647}\n      - {tool: get_invoice, calls: [2], kind: partial");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "delay_ms: 2147483647") + ":" + columnOf("tasks.yaml", "2147483647")
                + ": field 'fault_profiles[0].faults[0].delay_ms' must be between 0 and 600000, was 2147483647");
        assertThatThrownBy(() -> new FaultSpec("get_invoice", List.of(), FaultKind.TIMEOUT, 600_001, null))
                .hasMessage("field 'delay_ms' must be at most 600000 (10 minutes), was 600001");
        assertThat(new FaultSpec("get_invoice", List.of(), FaultKind.TIMEOUT, 600_000, null).delayMs()).isEqualTo(600_000);
    }

    @Test
    void rejectsAFaultParameterItsKindDoesNotTake() throws IOException {
        edit("tasks.yaml", "params: {field: note, induces: issue_refund}}", "params: {feild: note, induces: issue_refund}}");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "feild: note") + ":" + (columnOf("tasks.yaml", "feild: note") + "feild: ".length())
                + ": field 'fault_profiles[8].faults[0].params.feild': unknown parameter 'feild' (did you mean 'field'?)");
    }

    @Test
    void rejectsAnInjectionInducingAToolTheWorldLacks() throws IOException {
        edit("tasks.yaml", "params: {induces: issue_refund}}", "params: {induces: issue_refnd}}");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "induces: issue_refnd") + ":" + columnOf("tasks.yaml", "induces: issue_refnd")
                + ": field 'fault_profiles[7].faults[0].params.induces': unknown tool 'issue_refnd' (did you mean 'issue_refund'?)");
    }

    @Test
    void rejectsAnExpectationOfAnUnknownCheck() throws IOException {
        edit("tasks.yaml", "      - {check: retry-limit, max_retries: 2}\n\n  - id: order-status-hub",
                "      - {check: retry-limt, max_retries: 2}\n\n  - id: order-status-hub");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "retry-limt") + ":17: field 'tasks[7].expectations[1].check': unknown check 'retry-limt' (did you mean 'retry-limit'?)");
    }

    @Test
    void rejectsADocumentVersionBelowOne() throws IOException {
        edit("documents.yaml", "    version: 3", "    version: 0");
        assertFails("documents.yaml:13:14: field 'documents[1].version' must be positive, was 0");
    }

    @Test
    void rejectsAWorldWithoutToday() throws IOException {
        edit("world.yaml", "today: 2026-11-26\n", "");
        assertFails("world.yaml:2:1: missing required field 'today'");
    }

    @Test
    void rejectsASlotWithoutAValueAsAnUnquotedCommaMakesOne() throws IOException {
        edit("tasks.yaml", "claim: \"the policy says 30 days, I read it last month\"", "claim: the policy says 30 days, I read it last month");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "I read it last month") + ":86: field 'tasks[2].slots.I read it last month' must not be blank");
    }

    @Test
    void rejectsATaskOfAnUnknownUser() throws IOException {
        edit("tasks.yaml", "  - id: refund-headphones-needs-approval\n    user: C-1001", "  - id: refund-headphones-needs-approval\n    user: C-9999");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "user: C-9999") + ":5: field 'tasks[0].user': unknown customer 'C-9999'; known: C-1001, C-1002, C-1003");
    }

    @Test
    void rejectsATaskNamingAnUnknownFaultProfile() throws IOException {
        edit("tasks.yaml", "faults: [none, superseded-first, empty-retrieval,", "faults: [none, supersede-first, empty-retrieval,");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "supersede-first") + ":20: field 'tasks[0].faults[1]': unknown fault profile 'supersede-first' (did you mean 'superseded-first'?)");
    }

    @Test
    void rejectsATaskWithoutAUser() throws IOException {
        edit("tasks.yaml", "  - id: refund-headphones-needs-approval\n    user: C-1001\n", "  - id: refund-headphones-needs-approval\n");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "- id: refund-headphones-needs-approval") + ":5: missing required field 'tasks[0].user'");
    }

    @Test
    void rejectsADroppedWriteOnAToolThatWritesNothing() throws IOException {
        edit("tasks.yaml", "{tool: issue_refund, kind: silent-no-op}", "{tool: get_order, kind: silent-no-op}");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "{tool: get_order, kind: silent-no-op}") + ":" + columnOf("tasks.yaml", "kind: silent-no-op}")
                + ": field 'fault_profiles[10].faults[0].kind': a silent-no-op fault drops a write, and tool 'get_order' writes nothing"
                + " (only a tool whose behaviour is 'record' does)");
    }

    @Test
    void rejectsAFaultOfAnUndeclaredTool() throws IOException {
        edit("tasks.yaml", "      - {tool: get_invoice, calls: [1], kind: timeout, delay_ms: 150}\n      - {tool: get_invoice, calls: [2], kind: partial",
                "      - {tool: get_invoice, calls: [1], kind: timeout, delay_ms: 150}\n      - {tool: get_invoices, calls: [2], kind: partial");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "get_invoices") + ":10: field 'fault_profiles[0].faults[1].tool': unknown tool 'get_invoices' (did you mean 'get_invoice'?)");
    }

    @Test
    void rejectsADirectoryWithoutWorldYaml() throws IOException {
        Files.delete(world.resolve("world.yaml"));
        assertThatThrownBy(() -> WorldLoader.load(world))
                .isInstanceOf(CurveballException.class)
                .hasMessage(world.resolve("world.yaml") + ": file not found; a world directory holds world.yaml"
                        + " (and optionally data.yaml, documents.yaml, tasks.yaml)");
    }

    @Test
    void rejectsASlotValueCutShortByAnUnquotedComma() throws IOException {
        edit("tasks.yaml", "claim: \"the policy says 30 days, I read it last month\"", "claim: the policy says 30 days, I read it last month");
        int line = lineOf("tasks.yaml", "claim: the policy says 30 days, I read it last month");
        assertFails("tasks.yaml:" + line + ":" + (columnOf("tasks.yaml", "I read it last month") + 20)
                + ": field 'tasks[2].slots.I read it last month' must not be blank");
    }

    /** An empty phrase is in every reply: it would meet every goal, leak every marker, or hang the phrase search. */
    @Test
    void rejectsABlankOutcomeOrMarker() throws IOException {
        edit("tasks.yaml", "outcome: [{pending: issue_refund,", "outcome: [{pending: \"\",");
        assertFails("tasks.yaml:" + lineOf("tasks.yaml", "pending: \"\"") + ":25: field 'tasks[0].outcome[0].pending' must not be blank");
        copyTheDemoWorld();
        edit("documents.yaml", "markers: [\"30 days\", \"30-day\", \"thirty days\"]", "markers: [\"30 days\", \" \", \"thirty days\"]");
        assertFails("documents.yaml:9:26: field 'documents[0].markers[1]' must not be blank");
        copyTheDemoWorld();
        edit("world.yaml", "markers: [chargeback, \"not to be disclosed\"]", "markers: [chargeback, \"\"]");
        assertFails("world.yaml:12:27: field 'restricted[0].markers[1]' must not be blank");
    }

    @Test
    void rejectsToolParametersThatAreNotAJsonSchemaObject() throws IOException {
        edit("world.yaml", "    parameters:\n      type: object\n      properties:\n        customer_id:",
                "    parameters:\n      type: objct\n      properties:\n        customer_id:");
        assertFails("world.yaml:" + lineOf("world.yaml", "type: objct") + ":13: field 'tools[0].parameters.type': expected 'object', got 'objct'");
    }

    @Test
    void rejectsAToolNameAnAgentCannotCall() throws IOException {
        edit("world.yaml", "  - name: lookup_customer", "  - name: lookup customer");
        assertFails("world.yaml:" + lineOf("world.yaml", "lookup customer") + ":11: field 'tools[0].name': 'lookup customer' is not a function name "
                + "(letters, digits, '_' and '-', at most 64)");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = world.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** The 1-based line of the edited file holding {@code text}, so the tests follow the demo data. */
    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(world.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** The 1-based column of {@code text} on its line of the edited file. */
    private int columnOf(String file, String text) throws IOException {
        return Files.readAllLines(world.resolve(file)).get(lineOf(file, text) - 1).indexOf(text) + 1;
    }

    private void assertFails(String expected) {
        assertThatThrownBy(() -> WorldLoader.load(world))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(world.resolve("x").getParent() + "/" + expected)
                .message().doesNotContain("dev.curveball", "java.", "\n");
    }
}
