package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeyMaskTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Incorrect API key provided: sk-proj-abc123********************wxyz. | Incorrect API key provided: ***.",
        "invalid x-api-key: sk-ant-api03-AbCdEf012345_-xyz                   | invalid x-api-key: ***",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig             | Authorization: Bearer ***",
        "aws AKIAIOSFODNN7EXAMPLE denied                                     | aws *** denied",
        "key AIzaSyA1234567890abcdefghijklmnopqrstuv refused                  | key *** refused",
        "token ghp_16C7e42F292c6912E7710c838347Ae178B4a leaked               | token *** leaked",
        "line 3: api_key=hunter2hunter2                                      | line 3: api_key=***",
        "line 3: OPENAI_API_KEY: 'abcd1234'                                  | line 3: OPENAI_API_KEY: '***'",
        "{\"password\": \"correct horse\"}                                   | {\"password\": \"***\"}",
        "digest 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | digest ***",
        "secret c2VjcmV0LXZhbHVlLXRoYXQtaXMtbG9uZy1lbm91Z2gxMjM0NTY3OA== here | secret *** here",
    })
    void masksKeyShapedTokens(String text, String masked) {
        assertThat(KeyMask.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "examples/acme-support/world.yaml:54:13: field 'tools[3].behaviour.kind': unknown behaviour kind 'lokup'",
        "/tmp/junit-5603555018934815044/traces.jsonl:1: not a trace",
        "order A-5001 for customer C-1001, refund-laptop-stand-stale-memory-with-a-long-name",
        "Unrecognized token 'abc': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        "scenario 0d4f6c1e-8a2b-4c3d-9e8f-7a6b5c4d3e2f ended",
    })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(KeyMask.mask(text)).isEqualTo(text);
    }

    @Test
    void masksTheConfiguredKeyAndAnyFragmentOfItThatIsNotKeyShaped() {
        String key = "ollama-local-7Hq2xPz9-secret";

        assertThat(KeyMask.mask("refused ollama-local-7Hq2xPz9-secret, try again", key)).isEqualTo("refused ***, try again");
        assertThat(KeyMask.mask("key ending 7Hq2xPz9-secret is unknown", key)).isEqualTo("key ending *** is unknown");
        assertThat(KeyMask.mask("the 7Hq2 part alone is too short to mean anything", key)).isEqualTo("the 7Hq2 part alone is too short to mean anything");
        assertThat(KeyMask.mentions("nothing here", key)).isFalse();
        assertThat(KeyMask.mentions("xx7Hq2xPz9-sexx", key)).isTrue();
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(KeyMask.mask(null)).isNull();
        assertThat(KeyMask.mask("", "k")).isEmpty();
    }
}
