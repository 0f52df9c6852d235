package dev.curveball.generator;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Puts every candidate (persona × task × fault profile) in an order that reaches every task,
 * every fault profile and every persona early and repeats no combination before all have been
 * used: round-robin over the tasks, over each task's fault profiles, and over the personas, each
 * list shuffled once by the run's random sequence. Bookkeeping is by position in those lists, so
 * nothing unordered is ever walked.
 */
final class CoverageOrder {
    private final List<TaskSeed> tasks;
    private final List<List<FaultProfile>> profilesByTask;
    private final List<Persona> personas;
    /** fits[task][persona]: the task gives every slot the persona's templates use. */
    private final boolean[][] fits;
    /** used[task][profile][persona]. */
    private final boolean[][][] used;
    private final int[] profileCursor;
    private int personaCursor;

    private CoverageOrder(List<TaskSeed> tasks, List<List<FaultProfile>> profilesByTask, List<Persona> personas) {
        this.tasks = tasks;
        this.profilesByTask = profilesByTask;
        this.personas = personas;
        this.fits = new boolean[tasks.size()][personas.size()];
        this.used = new boolean[tasks.size()][][];
        for (int t = 0; t < tasks.size(); t++) {
            used[t] = new boolean[profilesByTask.get(t).size()][personas.size()];
            for (int q = 0; q < personas.size(); q++) {
                fits[t][q] = TemplateSlots.fits(personas.get(q), tasks.get(t));
            }
        }
        this.profileCursor = new int[tasks.size()];
    }

    /**
     * Every candidate exactly once, in coverage order.
     *
     * @param profiles the fault profiles by id, "none" included; looked up, never iterated
     */
    static List<Candidate> of(List<TaskSeed> tasks, Map<String, FaultProfile> profiles, List<Persona> personas, Random random) {
        List<TaskSeed> shuffledTasks = shuffled(tasks, random);
        List<List<FaultProfile>> profilesByTask = new ArrayList<>();
        for (TaskSeed task : shuffledTasks) {
            profilesByTask.add(shuffled(task.faults().stream().distinct().map(profiles::get).toList(), random));
        }
        return new CoverageOrder(shuffledTasks, profilesByTask, shuffled(personas, random)).build();
    }

    private List<Candidate> build() {
        int total = countCandidates();
        List<Candidate> order = new ArrayList<>(total);
        for (int turn = 0; order.size() < total; turn++) {
            next(turn % tasks.size()).ifPresent(order::add);
        }
        return order;
    }

    /** The task's next unused combination: its next fault profile first, then the next persona. */
    private Optional<Candidate> next(int task) {
        List<FaultProfile> profiles = profilesByTask.get(task);
        for (int p = 0; p < profiles.size(); p++) {
            int profileAt = (profileCursor[task] + p) % profiles.size();
            for (int q = 0; q < personas.size(); q++) {
                int personaAt = (personaCursor + q) % personas.size();
                if (fits[task][personaAt] && !used[task][profileAt][personaAt]) {
                    used[task][profileAt][personaAt] = true;
                    profileCursor[task] = profileAt + 1;
                    personaCursor = personaAt + 1;
                    return Optional.of(new Candidate(personas.get(personaAt), tasks.get(task), profiles.get(profileAt)));
                }
            }
        }
        return Optional.empty();
    }

    private int countCandidates() {
        int total = 0;
        for (int t = 0; t < tasks.size(); t++) {
            for (int q = 0; q < personas.size(); q++) {
                total += fits[t][q] ? profilesByTask.get(t).size() : 0;
            }
        }
        return total;
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
