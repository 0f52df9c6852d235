package dev.curveball.core.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where and as whom a model is called, resolved from the environment. The key lives only here, in
 * memory: {@link #toString()} and every message name the variable that holds it, never its value.
 */
record ModelEndpoint(ModelSpec spec, String baseUrl, String apiKey) {
    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1";
    /** Google AI's Gemini API; the client posts to {@code <this>/models/NAME:generateContent}. */
    static final String GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta";

    /**
     * OpenAI needs {@code OPENAI_API_KEY} unless {@code OPENAI_BASE_URL} points elsewhere; Anthropic
     * and Gemini always need {@code ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY}; local servers take
     * {@code <PROVIDER>_API_KEY} if set and never borrow OpenAI's key, which must not leak to a third-party server.
     */
    static ModelEndpoint resolve(ModelSpec spec, Map<String, String> environment) {
        Provider provider = spec.provider();
        String configured = value(environment, provider.baseUrlVariable());
        String baseUrl = configured == null ? defaultUrl(provider) : checkedUrl(spec, provider.baseUrlVariable(), configured);
        String apiKey = value(environment, keyVariable(provider));
        boolean keyRequired = provider == Provider.ANTHROPIC || provider == Provider.GEMINI
                || (provider == Provider.OPENAI && configured == null);
        if (keyRequired && apiKey == null) {
            throw new ModelFailure(ModelFailure.Kind.CONFIGURATION, spec + ": " + keyVariable(provider)
                    + " is not set; export your " + vendor(provider) + " API key"
                    + (provider == Provider.OPENAI ? ", or set OPENAI_BASE_URL to an OpenAI-compatible server" : ""), null);
        }
        return new ModelEndpoint(spec, baseUrl, apiKey);
    }

    static String keyVariable(Provider provider) {
        return provider.id().toUpperCase(Locale.ROOT) + "_API_KEY";
    }

    /**
     * {@code openai:gpt-4o-mini at https://api.openai.com/v1}: how errors name the model. Credentials
     * or a query token in the base URL are left out, since errors reach traces and CI logs.
     */
    String describe() {
        return spec + " at " + shown(baseUrl);
    }

    private static String shown(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return url;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
                    + (uri.getRawQuery() == null ? "" : "?...");
        } catch (URISyntaxException e) {
            return url;
        }
    }

    @Override
    public String toString() {
        return describe() + (apiKey == null ? " (no key)" : " (key from " + keyVariable(spec.provider()) + ")");
    }

    private static String defaultUrl(Provider provider) {
        return switch (provider) {
            case OPENAI -> OPENAI_URL;
            case ANTHROPIC -> ANTHROPIC_URL;
            case GEMINI -> GEMINI_URL;
            default -> provider.defaultBaseUrl().orElseThrow();
        };
    }

    private static String checkedUrl(ModelSpec spec, String variable, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url.replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // reported below with the variable's name
        }
        // Whatever the value holds between "//" and "@" may be credentials; it never reaches a message.
        throw new ModelFailure(ModelFailure.Kind.CONFIGURATION, spec + ": " + variable + "='" + url.replaceAll("//[^/@]*@", "//***@")
                + "' is not an http(s) URL; expected something like http://localhost:8000/v1", null);
    }

    private static String vendor(Provider provider) {
        return switch (provider) {
            case ANTHROPIC -> "Anthropic";
            case GEMINI -> "Google AI Studio (Gemini)";
            default -> "OpenAI";
        };
    }

    private static String value(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
