package dev.connectonboard.bench;

import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.generate.GeneratedDepartment;
import dev.connectonboard.generate.GenerationRequest;
import dev.connectonboard.generate.Generator;
import dev.connectonboard.generate.OutputWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class StageProfile {
    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("prof");
        Path platform = SyntheticInputs.platform(work);
        Path deps = SyntheticInputs.departments(work, Integer.parseInt(args[0]), 10);
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            InputSet in = InputLoader.load(List.of(platform, deps));
            long t1 = System.nanoTime();
            List<GeneratedDepartment> g = new Generator().generate(new GenerationRequest(in.platformFrom(platform),
                    in.departments(), work, work.resolve("out" + i), Path.of("modules"), "x"));
            long t2 = System.nanoTime();
            new OutputWriter(work.resolve("out" + i)).apply(g);
            long t3 = System.nanoTime();
            System.out.printf("load %d ms, render %d ms, write %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000,
                    (t3 - t2) / 1000000);
        }
    }
}
