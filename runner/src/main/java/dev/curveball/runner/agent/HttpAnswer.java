package dev.curveball.runner.agent;

import java.time.Duration;

/**
 * One HTTP answer read off a connection: its status and its body as text, whether the agent lets
 * the connection be used again ({@code keepAlive}: HTTP/1.1 without {@code Connection: close}, or
 * HTTP/1.0 with {@code Connection: keep-alive}, and a body not delimited by closing), and how long
 * it says it keeps an idle connection ({@code Keep-Alive: timeout=N}), or null, and, on an answer
 * other than 200, its {@code Retry-After} value as sent, or null.
 */
record HttpAnswer(int status, String body, boolean keepAlive, Duration keepAliveTimeout, String retryAfter) {
}
