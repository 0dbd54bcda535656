package dev.connectonboard.bench;

import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InvalidInputException;
import dev.connectonboard.security.HostileDescriptors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code validate} of a 1 MiB descriptor of every hostile shape, in process (best of 3 after one warm-up run): the
 * figure the security issue asks for, under 2 s each.
 */
public final class HostileValidationBenchmark {
    private HostileValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("connect-onboard-hostile");
        System.out.println("## Validation of 1 MiB hostile descriptors (in process, best of 3 after a warm-up)\n");
        System.out.println("| shape | bytes | problems | validate |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (Map.Entry<String, String> shape : HostileDescriptors.all().entrySet()) {
            Path dir = Files.createDirectories(work.resolve(Integer.toString(shape.getKey().hashCode())));
            Path file = HostileDescriptors.write(dir, shape.getValue());
            int problems = validate(file);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                validate(file);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.0f ms |%n", shape.getKey(), Files.size(file), problems,
                    best / 1e6);
        }
        System.out.println();
    }

    private static int validate(Path file) {
        try {
            InputLoader.load(List.of(file));
            return 0;
        } catch (InvalidInputException invalid) {
            return invalid.problems().size();
        }
    }
}
