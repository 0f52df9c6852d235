package dev.curveball.core.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date a text states, read against the world's clock: "2026-11-20", "20 November",
 * "Nov 20th", "the 20th", "last Friday", "yesterday", "4 days ago". A span ("within 14 days") is
 * no date. {@link Found#date()} is empty when a day is meant but not which ("last week").
 *
 * <pre>{@code Dates.find("it arrived on the 20th", LocalDate.parse("2026-11-26"))  // 2026-11-20}</pre>
 */
final class Dates {
    record Found(Optional<LocalDate> date, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.:]\\d)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|this past|past|on|this)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern AGO = Pattern.compile("\\b(\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|a couple of|couple of)\\s+(day|days|week|weeks)\\s+ago\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|earlier today|the day before yesterday)\\b");
    private static final Pattern VAGUE = Pattern.compile("\\b(last week|earlier this week|this week|last month|earlier this month|recently|the other day)\\b");
    private static final java.util.List<String> NUMBERS = java.util.List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen");

    private Dates() {
    }

    static Optional<Found> find(String text, LocalDate today) {
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return found(safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), m);
        }
        m = DAY_MONTH.matcher(text);
        if (m.find()) {
            return found(dated(Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3), today), m);
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            return found(dated(Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3), today), m);
        }
        m = ORDINAL.matcher(text);
        if (m.find()) {
            int day = Integer.parseInt(m.group(1));
            LocalDate candidate = safe(today.getYear(), today.getMonthValue(), day).orElse(null);
            if (candidate != null && candidate.isAfter(today)) {
                candidate = safe(today.minusMonths(1).getYear(), today.minusMonths(1).getMonthValue(), day).orElse(null);
            }
            return found(Optional.ofNullable(candidate), m);
        }
        m = SLASHED.matcher(text);
        if (m.find()) {
            return found(slashed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), today), m);
        }
        m = WEEKDAY.matcher(text);
        if (m.find()) {
            return found(Optional.of(lastWeekday(today, DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)))), m);
        }
        m = AGO.matcher(text);
        if (m.find()) {
            int n = count(m.group(1));
            return found(Optional.of(m.group(2).startsWith("week") ? today.minusWeeks(n) : today.minusDays(n)), m);
        }
        m = RELATIVE.matcher(text);
        if (m.find()) {
            return found(Optional.of(switch (m.group(1)) {
                case "yesterday" -> today.minusDays(1);
                case "the day before yesterday" -> today.minusDays(2);
                default -> today;
            }), m);
        }
        m = VAGUE.matcher(text);
        return m.find() ? found(Optional.empty(), m) : Optional.empty();
    }

    private static Optional<Found> found(Optional<LocalDate> date, Matcher m) {
        return Optional.of(new Found(date, m.start(), m.end()));
    }

    private static Optional<LocalDate> dated(int day, int month, String year, LocalDate today) {
        if (year != null) {
            return safe(Integer.parseInt(year), month, day);
        }
        Optional<LocalDate> thisYear = safe(today.getYear(), month, day);
        // a date without a year is the latest one not far in the future: "20 December" said in January is last December
        return thisYear.map(d -> d.isAfter(today.plusMonths(2)) ? d.minusYears(1) : d);
    }

    private static Optional<LocalDate> slashed(int a, int b, String year, LocalDate today) {
        int y = year == null ? today.getYear() : (year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year));
        if (a > 12) {
            return safe(y, b, a);
        }
        if (b > 12) {
            return safe(y, a, b);
        }
        return a == today.getMonthValue() ? safe(y, a, b) : safe(y, b, a);
    }

    private static LocalDate lastWeekday(LocalDate today, DayOfWeek day) {
        LocalDate d = today.minusDays(1);
        while (d.getDayOfWeek() != day) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static int count(String word) {
        if (Regexes.matches(word, "\\d+")) {
            return Integer.parseInt(word);
        }
        if (word.equals("a")) {
            return 1;
        }
        if (word.contains("couple")) {
            return 2;
        }
        return Math.max(1, NUMBERS.indexOf(word));
    }

    private static int month(String name) {
        String key = name.replace(".", "");
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(key.substring(0, Math.min(3, key.length())))) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Optional<LocalDate> safe(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
