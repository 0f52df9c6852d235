package dev.curveball.core.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void suggestsTheNearestKnownName() {
        assertThat(Vocabulary.unknown("field", "temprament", List.of("traits", "temperament", "voice")))
                .isEqualTo("unknown field 'temprament' (did you mean 'temperament'?)");
    }

    @Test
    void listsWhatExistsWhenNothingIsClose() {
        assertThat(Vocabulary.unknown("tactic", "zzz", List.of("mislead", "give-up")))
                .isEqualTo("unknown tactic 'zzz'; known: mislead, give-up");
    }

    @Test
    void everyCategoryRoundTripsThroughItsId() {
        for (Category c : Category.values()) {
            assertThat(Category.fromId(c.id())).isEqualTo(c);
        }
    }
}
