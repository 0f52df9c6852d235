package dev.curveball.runner.user;

import dev.curveball.core.reading.ReplyReading;

/**
 * Plays the scenario's user. One instance per conversation (it keeps the conversation's state:
 * what it has revealed, how frustrated it is). It reacts to what the agent's reply does as the
 * run's reply reader read it, the same reading the trace records and the judge reuses; the reply's
 * text is there for what a reading does not hold (a model user reads it). It only says what the
 * user says next or that the user stops: the conversation loop owns the turn limit and ends the
 * conversation there, so a simulator never counts turns to decide the end.
 */
public interface UserSimulator {
    String id();

    /** The user's first message. */
    String open();

    /**
     * The user's reaction to the agent's latest reply and what it does ({@code reading}, from the
     * run's reply reader; {@link ReplyReading#EMPTY} when there is none).
     */
    UserMove react(String agentReply, ReplyReading reading);

    /** The first message as a move; a replaying simulator marks it as replayed. */
    default UserMove.Say opening() {
        return new UserMove.Say(open());
    }

    /**
     * Brings this simulator's state up to date with a turn it did not choose: the agent said
     * {@code agentReply} and the user answered {@code userLine} (a recorded turn a golden case
     * replayed). It then reacts from there as if it had said the line itself. By default nothing
     * is kept.
     */
    default void heard(String agentReply, ReplyReading reading, String userLine) {
    }
}
