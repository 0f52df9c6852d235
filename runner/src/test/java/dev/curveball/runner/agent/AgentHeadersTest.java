package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.runner.agent.AgentHeaders.Header;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentHeadersTest {
    private static final String TOKEN = "tok-4f9c2a7e91b3";

    @Test
    void parsesNameAndValueDroppingTheSpaceAroundTheValue() {
        Header header = Header.parse("Authorization:   Bearer " + TOKEN + "  ");

        assertThat(header.name()).isEqualTo("Authorization");
        assertThat(header.value()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void showsNamesOnlyAndMasksTheValuesOutOfText() {
        AgentHeaders headers = AgentHeaders.of(List.of(Header.parse("Authorization: Bearer " + TOKEN), Header.parse("X-Team: blue-team-7")));

        assertThat(headers.names()).containsExactly("Authorization", "X-Team");
        assertThat(headers.toString()).isEqualTo("AgentHeaders[Authorization, X-Team]").doesNotContain(TOKEN);
        assertThat(headers.headers().get(0).toString()).isEqualTo("Authorization: ***");
        assertThat(headers.mask("401: token tok-4f9c2a7e91b3 refused (tok-4f9c2a7e was close)"))
                .doesNotContain("4f9c2a7e").startsWith("401: token").contains("*** refused (***");
        assertThat(headers.mask("team blue-team-7 unknown")).isEqualTo("team *** unknown");
    }

    @Test
    void masksTheSecretsAVariableFilledInNotTheRestOfTheValue() {
        AgentHeaders headers = AgentHeaders.of(List.of(Header.parse("Authorization: Bearer k9x2"), Header.parse("X-Team: support")),
                List.of("k9x2"));

        assertThat(headers.mask("401: k9x2 is not a token (Bearer k9x2); ask support")).isEqualTo("401: *** is not a token (Bearer ***); ask support");
    }

    @Test
    void refusesMalformedHeadersWithoutQuotingTheValue() {
        assertThatThrownBy(() -> Header.parse("Bearer " + TOKEN))
                .hasMessage("expected 'Name: value', such as 'Authorization: Bearer ${TOKEN}'; no ':' found");
        assertThatThrownBy(() -> Header.parse("X Team: " + TOKEN))
                .hasMessageStartingWith("'X...' is not a valid header name");
        assertThatThrownBy(() -> Header.parse("Authorization Bearer ab:" + TOKEN))
                .hasMessageStartingWith("'Authorization...' is not a valid header name").hasMessageNotContaining("Bearer");
        assertThatThrownBy(() -> Header.parse(": " + TOKEN)).hasMessage("the header name is empty; expected 'Name: value'");
        assertThatThrownBy(() -> Header.parse("Authorization:  ")).hasMessage("header 'Authorization' has an empty value");
        assertThatThrownBy(() -> new Header("Authorization", TOKEN + "\r\nX-Admin: yes"))
                .hasMessageStartingWith("the value of header 'Authorization' holds a line break").hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> Header.parse("Content-Length: 5"))
                .hasMessage("header 'Content-Length' is set by Curveball itself and cannot be given");
    }

    @Test
    void goIntoTheRequestHeadReplacingCurveballsUserAgent() {
        AgentEndpoint endpoint = AgentEndpoint.of(URI.create("http://127.0.0.1:8080/turn"));
        AgentHeaders headers = AgentHeaders.of(List.of(Header.parse("Authorization: Bearer " + TOKEN), Header.parse("User-Agent: ci")));

        String head = new String(endpoint.post("{}".getBytes(StandardCharsets.UTF_8), headers, null), StandardCharsets.US_ASCII);

        assertThat(head).contains("\r\nAuthorization: Bearer " + TOKEN + "\r\n", "\r\nUser-Agent: ci\r\n")
                .doesNotContain("User-Agent: curveball").contains("Accept: application/json");
    }
}
