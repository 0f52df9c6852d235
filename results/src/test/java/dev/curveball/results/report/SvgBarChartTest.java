package dev.curveball.results.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.results.stats.Wilson;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    @Test
    void barChartWhiskersSpanTheWilsonIntervalOfEachRow() {
        RateRow row = new RateRow("approval", 17, 20, Wilson.interval(17, 20));

        String svg = SvgBarChart.of("Pass rate per tag", List.of(row));

        // 190 px of labels, then 360 px for 0..100%: the bar ends at 85%, the whisker spans 63.96..94.76%.
        assertThat(svg).contains("<rect class=\"rate\" x=\"190\" y=\"13.0\" width=\"306.0\" height=\"14\"/>",
                "<line class=\"whisker\" x1=\"420.3\" y1=\"20.0\" x2=\"531.1\" y2=\"20.0\"/>",
                ">85.0% (95% CI 64.0&ndash;94.8%), 17 of 20</text>");
    }
}
