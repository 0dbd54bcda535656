package dev.connectonboard.descriptor;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one loaded file, locating each by JSON pointer. */
final class ProblemCollector {
    private final Loaded<?> loaded;
    private final List<Problem> problems = new ArrayList<>();

    ProblemCollector(Loaded<?> loaded) {
        this.loaded = loaded;
    }

    void add(String pointer, String message) {
        problems.add(new Problem(loaded.file(), loaded.locate(pointer), FieldPaths.fromPointer(pointer), message));
    }

    List<Problem> problems() {
        return problems;
    }
}
