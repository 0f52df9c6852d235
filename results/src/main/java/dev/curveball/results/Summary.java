package dev.curveball.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.results.stats.Interval;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}. {@code pass_rate} counts judged conversations only: an ERROR is
 * infrastructure trouble, never an agent failure, and a FAIL the simulated user caused
 * ({@code simulator_failures}) is left out too; {@code simulator_error_rate} is the share of judged
 * conversations in which the audit found the simulated user at fault (null when nothing was judged).
 * An UNGRADED conversation (no hard check failed,
 * but the judge model could not grade a criterion) is neither a pass nor a fail: {@code ungraded}
 * counts them, written only when there are any, and they are left out of {@code pass_rate}.
 * {@code judge_agreement} is Krippendorff's alpha (interval) over every criterion several judges
 * scored ({@code --judge-samples}, repeated {@code --judge-model}); written only then. {@code grades}
 * counts the criteria grades by status ({@code graded}, {@code voided}, {@code ungraded},
 * {@code inconclusive}); written only when something was graded. {@code pass_hat_k} is τ-bench's pass^k: the
 * share of scenarios (with no ERROR trial) whose {@code trials} trials all passed; null when no
 * scenario qualifies. {@code pass_rate_interval} is the 95% Wilson interval of {@code pass_rate};
 * {@code pass_hat_k_scenarios} counts the scenarios pass^k is a share of, and
 * {@code pass_hat_k_interval} is its Wilson interval over them; each written only with its rate.
 * {@code cost} splits the run's tokens and USD by role (agent, user, judge, total; see
 * {@link CostSummary}); {@code stopped} says the run reached {@code --max-spend} and how many
 * conversations it did not play (written only then).
 */
public record Summary(
        int conversations,
        int passed,
        int failed,
        int errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer ungraded,
        Double passRate,
        int trials,
        Double passHatK,
        Map<String, Integer> failedChecks,
        Map<String, Integer> endReasons,
        int agentUnreachable,
        List<String> viewsNotAvailable,
        Gate gate,
        int simulatorFailures,
        Double simulatorErrorRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double judgeAgreement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> grades,
        @JsonInclude(JsonInclude.Include.NON_NULL) Interval passRateInterval,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer passHatKScenarios,
        @JsonInclude(JsonInclude.Include.NON_NULL) Interval passHatKInterval,
        @JsonInclude(JsonInclude.Include.NON_NULL) CostSummary cost,
        @JsonInclude(JsonInclude.Include.NON_NULL) SpendStop stopped) {

    public Summary {
        failedChecks = Map.copyOf(failedChecks);
        endReasons = Map.copyOf(endReasons);
        viewsNotAvailable = List.copyOf(viewsNotAvailable);
        grades = grades == null ? Map.of() : Map.copyOf(grades);
    }

    /** This summary saying the run stopped at its spend limit. */
    public Summary withStop(SpendStop stop) {
        return new Summary(conversations, passed, failed, errors, ungraded, passRate, trials, passHatK, failedChecks, endReasons,
                agentUnreachable, viewsNotAvailable, gate, simulatorFailures, simulatorErrorRate, judgeAgreement, grades,
                passRateInterval, passHatKScenarios, passHatKInterval, cost, stop);
    }

    /** A summary built field by field; the maps and the list default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each field where it is set: {@code Summary.builder().conversations(40).passed(3).failed(37).gate(gate).build()}. */
    public static final class Builder {
        private int conversations;
        private int passed;
        private int failed;
        private int errors;
        private Integer ungraded;
        private Double passRate;
        private int trials;
        private Double passHatK;
        private Map<String, Integer> failedChecks = Map.of();
        private Map<String, Integer> endReasons = Map.of();
        private int agentUnreachable;
        private List<String> viewsNotAvailable = List.of();
        private Gate gate;
        private int simulatorFailures;
        private Double simulatorErrorRate;
        private Double judgeAgreement;

        private Map<String, Integer> grades = Map.of();
        private Interval passRateInterval;
        private Integer passHatKScenarios;
        private Interval passHatKInterval;
        private CostSummary cost;
        private SpendStop stopped;

        public Builder cost(CostSummary value) {
            this.cost = value;
            return this;
        }

        public Builder stopped(SpendStop value) {
            this.stopped = value;
            return this;
        }

        public Builder passRateInterval(Interval value) {
            this.passRateInterval = value;
            return this;
        }

        /** How many scenarios {@code pass_hat_k} is a share of, and that share's interval. */
        public Builder passHatKOver(Integer scenarios, Interval interval) {
            this.passHatKScenarios = scenarios;
            this.passHatKInterval = interval;
            return this;
        }

        public Builder grades(Map<String, Integer> value) {
            this.grades = value;
            return this;
        }

        public Builder judgeAgreement(Double value) {
            this.judgeAgreement = value;
            return this;
        }

        private Builder() {
        }

        public Builder conversations(int value) {
            this.conversations = value;
            return this;
        }

        public Builder passed(int value) {
            this.passed = value;
            return this;
        }

        public Builder failed(int value) {
            this.failed = value;
            return this;
        }

        /** Written to summary.json only when above 0, so an offline summary reads as it always did. */
        public Builder ungraded(int value) {
            this.ungraded = value == 0 ? null : value;
            return this;
        }

        public Builder errors(int value) {
            this.errors = value;
            return this;
        }

        public Builder passRate(Double value) {
            this.passRate = value;
            return this;
        }

        public Builder trials(int value) {
            this.trials = value;
            return this;
        }

        public Builder passHatK(Double value) {
            this.passHatK = value;
            return this;
        }

        public Builder failedChecks(Map<String, Integer> value) {
            this.failedChecks = value;
            return this;
        }

        public Builder endReasons(Map<String, Integer> value) {
            this.endReasons = value;
            return this;
        }

        public Builder agentUnreachable(int value) {
            this.agentUnreachable = value;
            return this;
        }

        public Builder viewsNotAvailable(List<String> value) {
            this.viewsNotAvailable = value;
            return this;
        }

        public Builder gate(Gate value) {
            this.gate = value;
            return this;
        }

        public Builder simulatorFailures(int value) {
            this.simulatorFailures = value;
            return this;
        }

        public Builder simulatorErrorRate(Double value) {
            this.simulatorErrorRate = value;
            return this;
        }

        public Summary build() {
            return new Summary(conversations, passed, failed, errors, ungraded, passRate, trials, passHatK, failedChecks, endReasons,
                    agentUnreachable, viewsNotAvailable, gate, simulatorFailures, simulatorErrorRate, judgeAgreement, grades,
                    passRateInterval, passHatKScenarios, passHatKInterval, cost, stopped);
        }
    }
}
