package dev.connectonboard.bench;

import java.nio.file.Path;

/** Benchmarks of the other components, printed after generation and start-up. */
final class ExtraBenchmarks {
    private ExtraBenchmarks() {
    }

    static void runAll(Path work, Path project) throws Exception {
        System.out.println("## Quota check: 10,000 live connectors across 200 departments (WireMock on loopback)\n");
        System.out.println("```");
        QuotaBenchmark.main(new String[0]);
        System.out.println("```\n");
        System.out.println("## Plan gate: one plan of 10,000 resource instances\n");
        System.out.println("```");
        PlanGateBenchmark.main(new String[] {project.resolve("target/connect-onboard.jar").toString()});
        System.out.println("```\n");
        HostileValidationBenchmark.main(new String[0]);
    }
}
