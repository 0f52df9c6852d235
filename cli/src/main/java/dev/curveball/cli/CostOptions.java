package dev.curveball.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The run's cost and progress options: {@code --max-spend USD}, and which progress display suits where stderr goes. */
final class CostOptions {
    private CostOptions() {
    }

    /** {@code --max-spend}: US dollars above 0, such as 5 or 0.50. */
    static final class Usd implements CommandLine.ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            BigDecimal usd;
            try {
                usd = new BigDecimal(value.strip().startsWith("$") ? value.strip().substring(1) : value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected an amount of US dollars such as 5 or 0.50, got '" + value + "'");
            }
            if (usd.signum() <= 0) {
                throw new CommandLine.TypeConversionException("expected an amount above 0 US dollars, got '" + value + "'");
            }
            return usd;
        }
    }

    /**
     * A live bar when the command runs on a terminal outside CI, else plain lines. The bar writes
     * carriage returns, which the escaping writer every other line passes through would show as
     * text, so it goes straight to the process's stderr: its text is only digits and fixed words.
     */
    static ProgressPrinter progress(PrintWriter err, Map<String, String> environment) {
        boolean ci = environment.get("CI") != null && !environment.get("CI").isBlank();
        if (TerminalSize.stdoutIsTerminal() && !ci) {
            return ProgressPrinter.live(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                    System::currentTimeMillis);
        }
        return ProgressPrinter.plain(err, System::currentTimeMillis);
    }
}
