package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionConstraintTest {

    @ParameterizedTest(name = "[{0}] and [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', value = {
            "~> 2.83       | ~> 2.50              | ~> 2.83",
            "~> 2.83       | = 2.83.4             | = 2.83.4",
            "~> 2.83       | ~> 2.83.4            | ~> 2.83.4",
            ">= 1.9.0      | >= 1.11.0            | >= 1.11.0",
            ">= 5.0        | ~> 5.100             | ~> 5.100",
            "~> 2.83       | >= 2.80, < 2.90      | '~> 2.83, >= 2.80, < 2.90'",
            "~> 2.83       | '~> 2.83, != 2.83.1' | '~> 2.83, != 2.83.1'"})
    void theEffectiveConstraintIsWrittenAsTheNarrowerOfTheTwoWhenOneSaysItAll(String modules, String platform,
                                                                             String effective) {
        VersionConstraint both = VersionConstraint.parse(modules).and(VersionConstraint.parse(platform));
        assertEquals(effective, both.text());
        assertEquals(true, both.satisfiable());
    }

    @ParameterizedTest(name = "[{0}] and [{1}] allow no version")
    @CsvSource(delimiter = '|', value = {
            "~> 2.83 | ~> 2.50, < 2.80",
            "~> 2.83 | = 2.80.0",
            "~> 2.83 | ~> 3.0",
            "~> 2.83 | < 2.83",
            ">= 5.0  | ~> 4.67",
            "~> 2.83.4 | > 2.83.4, < 2.83.5",
            "= 2.83.4 | != 2.83.4"})
    void constraintsThatShareNoReleaseVersionAreNotSatisfiable(String modules, String platform) {
        assertEquals(false, VersionConstraint.parse(modules).and(VersionConstraint.parse(platform)).satisfiable());
    }

    @Test
    void pessimisticOperatorLetsOnlyTheRightMostGivenComponentGrow() {
        VersionConstraint minor = VersionConstraint.parse("~> 2.83");
        assertEquals(true, minor.and(VersionConstraint.parse("= 2.99.0")).satisfiable());
        assertEquals(false, minor.and(VersionConstraint.parse("= 3.0.0")).satisfiable());
        VersionConstraint patch = VersionConstraint.parse("~> 2.83.4");
        assertEquals(true, patch.and(VersionConstraint.parse("= 2.83.9")).satisfiable());
        assertEquals(false, patch.and(VersionConstraint.parse("= 2.84.0")).satisfiable());
        assertEquals(false, patch.and(VersionConstraint.parse("= 2.83.3")).satisfiable());
    }

    @Test
    void aFewExcludedPatchVersionsCanEmptyANarrowRange() {
        assertEquals(false, VersionConstraint.parse(">= 2.83.4, <= 2.83.5, != 2.83.4, != 2.83.5").satisfiable());
        assertEquals(true, VersionConstraint.parse(">= 2.83.4, <= 2.83.6, != 2.83.4, != 2.83.5").satisfiable());
    }

    @Test
    void rejectsWhatIsNotAConstraint() {
        assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse("~> two"));
        assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse("~> 2.83,"));
        assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse(">= 1.2.3.4"));
    }
}
