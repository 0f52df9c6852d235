package dev.curveball.results.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void everyScenarioIsInExactlyOneShardAndTheSlicesDifferByAtMostOne() {
        for (int count = 1; count <= 7; count++) {
            for (int total = 0; total <= 23; total++) {
                List<Integer> all = IntStream.range(0, total).boxed().toList();
                List<Integer> covered = new ArrayList<>();
                List<Integer> sizes = new ArrayList<>();
                for (int index = 1; index <= count; index++) {
                    Shard shard = new Shard(index, count);
                    List<Integer> slice = shard.slice(all);
                    assertThat(slice).as("shard %s of %d, twice", shard, total).isEqualTo(new Shard(index, count).slice(all));
                    assertThat(slice).as("shard %s of %d", shard, total).allMatch(shard::owns).hasSize(shard.sizeOf(total));
                    covered.addAll(slice);
                    sizes.add(slice.size());
                }
                assertThat(covered).as("%d scenarios in %d shards", total, count).containsExactlyInAnyOrderElementsOf(all);
                assertThat(sizes.stream().mapToInt(i -> i).max().orElse(0) - sizes.stream().mapToInt(i -> i).min().orElse(0))
                        .as("%d scenarios in %d shards: %s", total, count, sizes).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aScenarioBelongsToTheShardOfItsPositionModuloTheCount() {
        List<String> ids = List.of("s0001", "s0002", "s0003", "s0004", "s0005", "s0006", "s0007");

        assertThat(new Shard(1, 3).slice(ids)).containsExactly("s0001", "s0004", "s0007");
        assertThat(new Shard(2, 3).slice(ids)).containsExactly("s0002", "s0005");
        assertThat(new Shard(3, 3).slice(ids)).containsExactly("s0003", "s0006");
        assertThat(new Shard(1, 1).slice(ids)).isEqualTo(ids);
        assertThat(new Shard(7, 9).slice(ids)).containsExactly("s0007");
        assertThat(new Shard(8, 9).slice(ids)).isEmpty();
    }

    @Test
    void refusesAnIndexOutsideOneToTheCountAndACountAboveAThousand() {
        assertThatThrownBy(() -> new Shard(0, 3)).hasMessage("shard index must be 1 to 3, was 0");
        assertThatThrownBy(() -> new Shard(4, 3)).hasMessage("shard index must be 1 to 3, was 4");
        assertThatThrownBy(() -> new Shard(1, 0)).hasMessage("shard count must be 1 to 1000, was 0");
        assertThatThrownBy(() -> new Shard(1, 1001)).hasMessage("shard count must be 1 to 1000, was 1001");
        assertThat(new Shard(2, 3)).hasToString("2/3");
    }
}
