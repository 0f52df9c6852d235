package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineWrapperTest {

    @Test
    void wrapsAtSpacesKeepsParagraphsAndBreaksAWordLongerThanALine() {
        assertThat(LineWrapper.wrap("one two three", 7)).containsExactly("one two", "three");
        assertThat(LineWrapper.wrap("first\n\n  - item", 20)).containsExactly("first", "", "  - item");
        assertThat(LineWrapper.wrap("go abcdefghij", 4)).containsExactly("go", "abcd", "efgh", "ij");
    }

    @Test
    void cutsJsonAfterACommaNearTheLineEndElseAtTheEnd() {
        assertThat(LineWrapper.cut("{\"a\":\"xxxx\",\"b\":1}", 12)).containsExactly("{\"a\":\"xxxx\",", "\"b\":1}");
        assertThat(LineWrapper.cut("abcdefghijkl", 5)).containsExactly("abcde", "fghij", "kl");
    }
}
