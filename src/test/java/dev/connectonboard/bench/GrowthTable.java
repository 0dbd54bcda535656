package dev.connectonboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The one table: every benchmark at each department count, each figure followed by its ratio to the previous
 * column (a step of 10x the departments; x10 is linear), and the target with whether it is met.
 */
final class GrowthTable {
    private final int[] sizes;
    private final List<String> lines = new ArrayList<>();

    GrowthTable(int[] sizes) {
        this.sizes = sizes;
        StringBuilder header = new StringBuilder("| benchmark |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (int size : sizes) {
            header.append(String.format(Locale.ROOT, " %,d |", size));
            rule.append(" ---: |");
        }
        lines.add(header.append(" target |").toString());
        lines.add(rule.append(" --- |").toString());
    }

    enum Unit {
        SECONDS, MILLIS, MIB, MB, RATIO;

        String format(double value) {
            return switch (this) {
                case SECONDS -> String.format(Locale.ROOT, "%.2f s", value / 1000);
                case MILLIS -> String.format(Locale.ROOT, "%.0f ms", value);
                case MIB -> String.format(Locale.ROOT, "%.0f MiB", value / 1024);
                case MB -> String.format(Locale.ROOT, "%.1f MB", value / 1e6);
                case RATIO -> String.format(Locale.ROOT, "%.2fx", value);
            };
        }
    }

    /** A row from one value per size (same order as the sizes); {@code target} may be empty. */
    <R> void row(String name, List<R> rows, ToDoubleFunction<R> value, Unit unit, String target) {
        StringBuilder line = new StringBuilder("| ").append(name).append(" |");
        double previous = Double.NaN;
        for (int i = 0; i < sizes.length; i++) {
            if (i >= rows.size()) {
                line.append(" - |");
                continue;
            }
            double current = value.applyAsDouble(rows.get(i));
            line.append(' ').append(unit.format(current));
            if (!Double.isNaN(previous) && previous > 0 && unit != Unit.RATIO) {
                line.append(String.format(Locale.ROOT, " (x%.1f)", current / previous));
            }
            line.append(" |");
            previous = current;
        }
        lines.add(line.append(' ').append(target).append(" |").toString());
    }

    /** A figure measured once, not per department count (the text says at what size). */
    void single(String name, String figure, String target) {
        StringBuilder line = new StringBuilder("| ").append(name).append(" |");
        for (int i = 0; i < sizes.length; i++) {
            line.append(i == sizes.length - 1 ? " " + figure + " |" : " |");
        }
        lines.add(line.append(' ').append(target).append(" |").toString());
    }

    static String verdict(String target, boolean met, String measured) {
        return target + ": " + (met ? "met" : "not met") + " (" + measured + ")";
    }

    void print() {
        lines.forEach(System.out::println);
    }
}
