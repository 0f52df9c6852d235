package dev.curveball.core.model;

import java.io.IOException;
import dev.curveball.core.limit.RetryAfter;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Remembers, per calling thread, the {@code Retry-After} of the last 429 or 5xx the JDK client received.
 * LangChain4j's HTTP errors carry the status and body only, so the header is read here, below
 * them, by a JDK {@link HttpClient} that delegates every call and looks at the answer's headers.
 * LangChain4j's blocking chat calls {@link HttpClient#send} on the caller's thread.
 */
final class RetryAfterRecorder {
    private static final ThreadLocal<Duration> LAST = new ThreadLocal<>();

    private RetryAfterRecorder() {
    }

    /** Forgets what this thread saw: called before each model call. */
    static void clear() {
        LAST.remove();
    }

    /** The Retry-After of this thread's last 429 or 5xx, if it had one (seconds or an HTTP date). */
    static Optional<Duration> last() {
        return Optional.ofNullable(LAST.get());
    }

    static void see(HttpResponse<?> response) {
        if (response.statusCode() == 429 || response.statusCode() >= 500) {
            response.headers().firstValue("Retry-After").flatMap(value -> RetryAfter.parse(value, Instant.now())).ifPresent(LAST::set);
        }
    }

    /** A builder whose client records what {@link #see} needs; everything else goes to {@code delegate}. */
    static HttpClient.Builder builder(HttpClient.Builder delegate) {
        return new Builder(delegate);
    }

    private record Builder(HttpClient.Builder delegate) implements HttpClient.Builder {
        public HttpClient.Builder cookieHandler(CookieHandler h) { delegate.cookieHandler(h); return this; }
        public HttpClient.Builder connectTimeout(Duration d) { delegate.connectTimeout(d); return this; }
        public HttpClient.Builder sslContext(SSLContext c) { delegate.sslContext(c); return this; }
        public HttpClient.Builder sslParameters(SSLParameters p) { delegate.sslParameters(p); return this; }
        public HttpClient.Builder executor(Executor e) { delegate.executor(e); return this; }
        public HttpClient.Builder followRedirects(HttpClient.Redirect r) { delegate.followRedirects(r); return this; }
        public HttpClient.Builder version(HttpClient.Version v) { delegate.version(v); return this; }
        public HttpClient.Builder priority(int p) { delegate.priority(p); return this; }
        public HttpClient.Builder proxy(ProxySelector p) { delegate.proxy(p); return this; }
        public HttpClient.Builder authenticator(Authenticator a) { delegate.authenticator(a); return this; }
        public HttpClient build() { return new Recording(delegate.build()); }
    }

    private static final class Recording extends HttpClient {
        private final HttpClient delegate;

        Recording(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
        @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
        @Override public Redirect followRedirects() { return delegate.followRedirects(); }
        @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
        @Override public SSLContext sslContext() { return delegate.sslContext(); }
        @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
        @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
        @Override public Version version() { return delegate.version(); }
        @Override public Optional<Executor> executor() { return delegate.executor(); }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
            HttpResponse<T> response = delegate.send(request, handler);
            see(response);
            return response;
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return delegate.sendAsync(request, handler, push);
        }
    }
}
