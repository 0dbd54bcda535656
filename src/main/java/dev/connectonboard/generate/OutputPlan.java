package dev.connectonboard.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * How the output folder differs from what would be generated.
 *
 * @param changed   files to write (new or different), relative to the output folder
 * @param removed   generated files that are no longer produced, relative to the output folder
 * @param unchanged how many files already hold exactly the generated content
 * @param orphans   department folders made by connect-onboard that no given descriptor produces
 * @param diff      a unified diff of every change, for people reading a CI log
 */
public record OutputPlan(List<Path> changed, List<Path> removed, int unchanged, List<Path> orphans, String diff) {

    public boolean upToDate() {
        return changed.isEmpty() && removed.isEmpty();
    }
}
