package dev.curveball.results;

import dev.curveball.core.error.Require;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.results.shard.Shard;
import dev.curveball.runner.agent.AgentHeaders;
import dev.curveball.core.cost.PriceTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code curveball run} needs: the agent (an http:// URL or an in-process agent's id),
 * the world (and where it came from), the scenarios, trials, parallelism and the run directory.
 * {@code trials} may be null: 1 for a new run, the run's own number when resuming. {@code model}
 * (may be null) writes generated scenarios and plays the users; without one, templates write and
 * the scripted simulator plays. {@code agentHeaders} go with every request to an HTTP agent (their
 * values are never written anywhere; the manifest records their names); {@code endNotice} says
 * whether an HTTP agent is sent a {@code conversation_end} message after each conversation.
 * {@code judgeModels} (may be empty) grade every conversation against its rubric, each
 * {@code judgeSamples} times (several judges vote); without one only the hard checks judge. They
 * are never implied by {@code model}: grading is chosen on purpose. {@code shard} (may be null)
 * plays only that slice of the scenarios ({@link Shard}); when resuming, null means the run's own.
 * {@code prices} prices every
 * role's tokens (the shipped table unless given); {@code maxSpend} (may be null) stops starting new
 * conversations once the run's spend, every role priced, reaches it.
 * {@code environment} is where a hosted model agent (an agent file) reads its key and base URL; null: the process environment.
 * {@code limits} pace and retry
 * the agent's turns and say how the models were limited (see {@link RunLimits}).
 */
public record RunRequest(
        String agent,
        World world,
        String worldSource,
        PersonaLibrary personas,
        ScenarioSource scenarios,
        Integer trials,
        int parallel,
        Path out,
        boolean resume,
        Duration turnTimeout,
        ModelClient model,
        AgentHeaders agentHeaders,
        boolean endNotice,
        List<ModelClient> judgeModels,
        int judgeSamples,
        Shard shard,
        PriceTable prices,
        BigDecimal maxSpend,
        Map<String, String> environment,

        RunLimits limits) {

    public RunRequest {
        Require.text(agent, "agent");
        Require.present(world, "world");
        Require.present(personas, "personas");
        Require.present(scenarios, "scenarios");
        Require.present(out, "out");
        if (trials != null) {
            Require.positive(trials, "trials");
        }
        Require.positive(parallel, "parallel");
        turnTimeout = turnTimeout == null ? Duration.ofSeconds(60) : turnTimeout;
        agentHeaders = agentHeaders == null ? AgentHeaders.NONE : agentHeaders;
        judgeModels = List.copyOf(judgeModels == null ? List.of() : judgeModels);
        judgeSamples = judgeSamples == 0 ? 1 : judgeSamples;
        Require.positive(judgeSamples, "judge_samples");
        prices = prices == null ? PriceTable.shipped() : prices;
        Require.check(maxSpend == null || maxSpend.signum() > 0, "max_spend must be above 0 USD, was " + maxSpend);
        environment = environment == null ? System.getenv() : Map.copyOf(environment);
        limits = limits == null ? RunLimits.defaults() : limits;
    }

    /** Not sharded, priced by the shipped table, no spend limit, the process environment for a hosted model agent, the default limits. */
    public RunRequest(String agent, World world, String worldSource, PersonaLibrary personas, ScenarioSource scenarios,
                      Integer trials, int parallel, Path out, boolean resume, Duration turnTimeout, ModelClient model,
                      AgentHeaders agentHeaders, boolean endNotice, List<ModelClient> judgeModels, int judgeSamples) {
        this(agent, world, worldSource, personas, scenarios, trials, parallel, out, resume, turnTimeout, model, agentHeaders, endNotice,
                judgeModels, judgeSamples, null, null, null, null, null);
    }

    /** No judge model: only the hard checks judge. */
    public RunRequest(String agent, World world, String worldSource, PersonaLibrary personas, ScenarioSource scenarios,
                      Integer trials, int parallel, Path out, boolean resume, Duration turnTimeout, ModelClient model,
                      AgentHeaders agentHeaders, boolean endNotice) {
        this(agent, world, worldSource, personas, scenarios, trials, parallel, out, resume, turnTimeout, model, agentHeaders, endNotice, List.of(), 1);
    }

    /** No extra agent headers, end notices on. */
    public RunRequest(String agent, World world, String worldSource, PersonaLibrary personas, ScenarioSource scenarios,
                      Integer trials, int parallel, Path out, boolean resume, Duration turnTimeout, ModelClient model) {
        this(agent, world, worldSource, personas, scenarios, trials, parallel, out, resume, turnTimeout, model, AgentHeaders.NONE, true);
    }

    /** An offline run: no model. */
    public RunRequest(String agent, World world, String worldSource, PersonaLibrary personas, ScenarioSource scenarios,
                      Integer trials, int parallel, Path out, boolean resume, Duration turnTimeout) {
        this(agent, world, worldSource, personas, scenarios, trials, parallel, out, resume, turnTimeout, null);
    }

    /** A request built field by field; {@code trials}, {@code turnTimeout} and {@code model} may stay unset (see above). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Names each field where it is set:
     * {@code RunRequest.builder().agent("naive").world(acme).personas(personas).scenarios(source).parallel(8).out(dir).build()}.
     */
    public static final class Builder {
        private String agent;
        private World world;
        private String worldSource;
        private PersonaLibrary personas;
        private ScenarioSource scenarios;
        private Integer trials;
        private int parallel;
        private Path out;
        private boolean resume;
        private Duration turnTimeout;
        private ModelClient model;
        private AgentHeaders agentHeaders = AgentHeaders.NONE;
        private boolean endNotice = true;
        private List<ModelClient> judgeModels = List.of();
        private int judgeSamples = 1;
        private Shard shard;
        private PriceTable prices;
        private BigDecimal maxSpend;
        private Map<String, String> environment;
        private RunLimits limits;

        private Builder() {
        }

        public Builder shard(Shard value) {
            this.shard = value;
            return this;
        }

        /** Where a hosted model agent reads its key and base URL (default: the process environment). */
        public Builder environment(Map<String, String> value) {
            this.environment = value;
            return this;
        }

        /** How the agent's turns and the models are paced and retried; unset: the defaults. */
        public Builder limits(RunLimits value) {
            this.limits = value;
            return this;
        }

        public Builder agentHeaders(AgentHeaders value) {
            this.agentHeaders = value;
            return this;
        }

        public Builder judgeModels(List<ModelClient> value) {
            this.judgeModels = value;
            return this;
        }

        public Builder prices(PriceTable value) {
            this.prices = value;
            return this;
        }

        public Builder maxSpend(BigDecimal value) {
            this.maxSpend = value;
            return this;
        }

        public Builder judgeSamples(int value) {
            this.judgeSamples = value;
            return this;
        }

        public Builder endNotice(boolean value) {
            this.endNotice = value;
            return this;
        }

        public Builder agent(String value) {
            this.agent = value;
            return this;
        }

        public Builder world(World value) {
            this.world = value;
            return this;
        }

        public Builder worldSource(String value) {
            this.worldSource = value;
            return this;
        }

        public Builder personas(PersonaLibrary value) {
            this.personas = value;
            return this;
        }

        public Builder scenarios(ScenarioSource value) {
            this.scenarios = value;
            return this;
        }

        public Builder trials(Integer value) {
            this.trials = value;
            return this;
        }

        public Builder parallel(int value) {
            this.parallel = value;
            return this;
        }

        public Builder out(Path value) {
            this.out = value;
            return this;
        }

        public Builder resume(boolean value) {
            this.resume = value;
            return this;
        }

        public Builder turnTimeout(Duration value) {
            this.turnTimeout = value;
            return this;
        }

        public Builder model(ModelClient value) {
            this.model = value;
            return this;
        }

        public RunRequest build() {
            return new RunRequest(agent, world, worldSource, personas, scenarios, trials, parallel, out, resume, turnTimeout, model,
                    agentHeaders, endNotice, judgeModels, judgeSamples, shard, prices, maxSpend, environment, limits);
        }
    }
}
