package dev.curveball.results.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void htmlEscapesMarkupAndQuotesAndDropsControlCharacters() {
        assertThat(Escaping.html("<img src=x onerror=\"a()\">\u0007 & \u001b[31m"))
                .isEqualTo("&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; [31m");
        assertThat(Escaping.html(null)).isEmpty();
    }

    @Test
    void markdownKeepsOneLineAndEscapesWhatWouldRenderOrBreakATable() {
        assertThat(Escaping.markdown("a|b *c* _d_ [x](javascript:y) `e`\n<b>f</b> ~g~ \\"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[x\\](javascript:y) \\`e\\` &lt;b&gt;f&lt;/b&gt; \\~g\\~ \\\\");
    }

    @Test
    void xmlDropsWhatXml10CannotHoldAndKeepsTheRest() {
        assertThat(Escaping.xml("ok\u0000\u0008\ud800 \t\n é 😀 \uFFFE")).isEqualTo("ok \t\n é 😀 ");
    }

    @Test
    void anchorsKeepOnlyCharactersSafeInAnIdAndAFragment() {
        assertThat(Escaping.anchor("s0007-t1")).isEqualTo("s0007-t1");
        assertThat(Escaping.anchor("a b\"<#>")).isEqualTo("a_b____");
    }
}
