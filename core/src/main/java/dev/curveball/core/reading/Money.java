package dev.curveball.core.reading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money a text states: "249.00", "$249", "USD 249", "249 dollars", "20 bucks". Ids
 * ("A-5001"), dates and spans ("14 days") are not amounts.
 *
 * <pre>{@code Money.find("it comes to $249, with 20.00 shipping")  // [249.00, 20.00]}</pre>
 */
final class Money {
    record Amount(BigDecimal value, int start, int end) {
        String text() {
            return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-/.])(?:(?:usd|us\\$|\\$|eur|€|gbp|£)\\s?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)"
                    + "|(\\d{1,3}(?:,\\d{3})*\\.\\d{2}|\\d+\\.\\d{2})(?:\\s?(?:usd|eur|gbp|dollars|euros|pounds))?"
                    + "|(\\d+)\\s?(?:usd|eur|gbp|dollars|dollar|euros|euro|pounds|bucks))(?![\\p{L}\\p{N}]|\\.\\d)");

    private Money() {
    }

    static List<Amount> find(String text) {
        List<Amount> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            found.add(new Amount(new BigDecimal(digits.replace(",", "")), m.start(), m.end()));
        }
        return found;
    }
}
