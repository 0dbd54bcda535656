package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules across descriptors: department names and prefixes unique, no prefix the start of another. */
class CrossFileRulesTest {
    @TempDir
    Path dir;

    private Path department(String file, String name, String prefix) {
        return write(dir, file, """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department:
                  name: %s
                  prefix: %s
                  owners: [team@example.org]
                connect:
                  runtime: managed
                """.formatted(name, prefix));
    }

    @Test
    void rejectsTheSameDepartmentNameTwice() {
        Path first = department("a.yaml", "finance", "fin");
        Path second = department("b.yaml", "finance", "fn");
        assertEquals(List.of(at(second, 4, 3, "department.name", "department 'finance' is already defined in "
                + first + ":4; department names must be unique")), problems(first, second));
    }

    @Test
    void rejectsTheSamePrefixTwice() {
        Path first = department("a.yaml", "finance", "fin");
        Path second = department("b.yaml", "fintech", "fin");
        assertEquals(List.of(
                at(first, 5, 3, "department.prefix", "prefix 'fin' is also used by department 'fintech' (" + second
                        + ":5)"),
                at(second, 5, 3, "department.prefix", "prefix 'fin' is already used by department 'finance' ("
                        + first + ":5)")), problems(first, second), "on both files: either may be the new one");
    }

    @Test
    void rejectsPrefixThatStartsWithAnotherDepartmentsPrefix() {
        Path fina = department("a.yaml", "financial-audit", "fina");
        Path fin = department("b.yaml", "finance", "fin");
        assertEquals(List.of(
                at(fina, 5, 3, "department.prefix", "prefix 'fina' starts with 'fin', the prefix of department "
                        + "'finance' (" + fin + ":5); choose a prefix that neither starts with nor is the start of "
                        + "another"),
                at(fin, 5, 3, "department.prefix", "prefix 'fin' is the start of 'fina', the prefix of department "
                        + "'financial-audit' (" + fina + ":5); choose a prefix that neither starts with nor is the "
                        + "start of another")), problems(fina, fin), "on both files: either may be the new one");
    }

    @Test
    void namesEveryPairOfPrefixesWhereOneStartsWithTheOther() {
        Path fina = department("a.yaml", "financial-audit", "fina");
        Path fin = department("b.yaml", "finance", "fin");
        Path aud = department("c.yaml", "audit", "aud");
        Path finan = department("d.yaml", "financing", "finan");
        Path finanz = department("e.yaml", "finanzen", "finanz");

        List<String> pairs = problems(fina, fin, aud, finan, finanz).stream()
                .filter(p -> p.contains("' starts with '"))
                .map(p -> p.substring(p.indexOf("prefix '"), p.indexOf(", the prefix"))).sorted().toList();

        assertEquals(List.of("prefix 'fina' starts with 'fin'", "prefix 'finan' starts with 'fin'",
                "prefix 'finan' starts with 'fina'", "prefix 'finanz' starts with 'fin'",
                "prefix 'finanz' starts with 'fina'", "prefix 'finanz' starts with 'finan'"), pairs);
    }

    @Test
    void acceptsDistinctNamesAndPrefixes() {
        InputSet inputs = load(department("a.yaml", "finance", "fin"), department("b.yaml", "audit", "aud"),
                department("c.yaml", "research", "rsch"));
        assertEquals(List.of("audit", "finance", "research"),
                inputs.departments().stream().map(d -> d.value().name()).toList());
    }

    @Test
    void rejectsDnsDomainRoutedByTwoDepartments() {
        String endpoint = """
                privateLinkEgress:
                  - name: shared-db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
                    dnsDomains: [db.shared.example.org]
                """;
        Path finance = write(dir, "a.yaml", Inputs.DEPARTMENT_HEADER + endpoint);
        Path hr = write(dir, "b.yaml", Inputs.DEPARTMENT_HEADER.replace("finance", "hr").replace("fin", "hr")
                + endpoint);
        assertEquals(List.of(at(hr, 12, 18, "privateLinkEgress[0].dnsDomains[0]", "DNS domain "
                + "'db.shared.example.org' is already routed by department 'finance' (" + finance + "); the egress "
                + "gateway is shared, so each domain can belong to one department only")), problems(finance, hr));
    }

    @Test
    void reportsProblemsOfEveryFileInOneRun() {
        Path broken = write(dir, "a.yaml", Inputs.DEPARTMENT_HEADER + "topics: [{ name: payments }]\n");
        Path clash = department("b.yaml", "finance", "fina");
        assertEquals(List.of(
                at(broken, 5, 3, "department.prefix", "prefix 'fin' is the start of 'fina', the prefix of department "
                        + "'finance' (" + clash + ":5); choose a prefix that neither starts with nor is the start of "
                        + "another"),
                at(broken, 9, 12, "topics[0].name", "topic 'payments' does not start with the department prefix "
                        + "'fin.'; rename it to 'fin.payments'"),
                at(clash, 4, 3, "department.name", "department 'finance' is already defined in " + broken
                        + ":4; department names must be unique"),
                at(clash, 5, 3, "department.prefix", "prefix 'fina' starts with 'fin', the prefix of department "
                        + "'finance' (" + broken + ":5); choose a prefix that neither starts with nor is the start "
                        + "of another")), problems(broken, clash));
    }
}
