package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.PrivateLinkEndpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules that span descriptors: names and prefixes unique, no prefix a prefix of another department's prefix. */
final class CrossFileRules {
    private CrossFileRules() {
    }

    static List<Problem> check(List<Loaded<DepartmentOnboarding>> departments) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Loaded<DepartmentOnboarding>> byName = new HashMap<>();
        Map<String, Loaded<DepartmentOnboarding>> byPrefix = new HashMap<>();
        for (Loaded<DepartmentOnboarding> loaded : departments) {
            String name = loaded.value().name();
            String prefix = loaded.value().prefix();
            Loaded<DepartmentOnboarding> sameName = byName.putIfAbsent(name, loaded);
            if (sameName != null) {
                problems.add(at(loaded, "/department/name", "department '" + name + "' is already defined in "
                        + sameName.cite("/department/name") + "; department names must be unique"));
            }
            Loaded<DepartmentOnboarding> samePrefix = byPrefix.putIfAbsent(prefix, loaded);
            if (samePrefix != null) {
                // on both files: which of the two is the new one is not known here, and its author must see it
                problems.add(at(loaded, "/department/prefix", "prefix '" + prefix + "' is already used by department '"
                        + samePrefix.value().name() + "' (" + samePrefix.cite("/department/prefix") + ")"));
                problems.add(at(samePrefix, "/department/prefix", "prefix '" + prefix + "' is also used by "
                        + "department '" + name + "' (" + loaded.cite("/department/prefix") + ")"));
            }
        }
        for (int[] pair : prefixesStartingWithAnother(departments)) {
            Loaded<DepartmentOnboarding> a = departments.get(pair[0]);
            Loaded<DepartmentOnboarding> b = departments.get(pair[1]);
            String pa = a.value().prefix();
            String pb = b.value().prefix();
            // on both files, each naming the other: either may be the new one that causes the clash
            problems.add(at(b, "/department/prefix", "prefix '" + pb + "' starts with '" + pa + "', the prefix "
                    + "of department '" + a.value().name() + "' (" + a.cite("/department/prefix") + "); "
                    + "choose a prefix that neither starts with nor is the start of another"));
            problems.add(at(a, "/department/prefix", "prefix '" + pa + "' is the start of '" + pb + "', the "
                    + "prefix of department '" + b.value().name() + "' (" + b.cite("/department/prefix")
                    + "); choose a prefix that neither starts with nor is the start of another"));
        }
        problems.addAll(dnsDomainsOnce(departments));
        return problems;
    }

    /**
     * Every (a, b) whose prefix b starts with prefix a (and differs), ordered by a then b as the descriptors were
     * given. In sorted order the prefixes that start with a given one follow it directly, so this is a sort and a
     * short scan per department rather than comparing every pair (a million pairs at 1,000 departments).
     */
    private static List<int[]> prefixesStartingWithAnother(List<Loaded<DepartmentOnboarding>> departments) {
        Integer[] byPrefix = new Integer[departments.size()];
        for (int i = 0; i < byPrefix.length; i++) {
            byPrefix[i] = i;
        }
        java.util.Arrays.sort(byPrefix, java.util.Comparator.comparing(i -> departments.get(i).value().prefix()));
        String[] sorted = new String[byPrefix.length];
        for (int i = 0; i < byPrefix.length; i++) {
            sorted[i] = departments.get(byPrefix[i]).value().prefix();
        }
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < departments.size(); a++) {
            String pa = departments.get(a).value().prefix();
            int from = java.util.Arrays.binarySearch(sorted, pa);
            while (from > 0 && sorted[from - 1].equals(pa)) {
                from--;
            }
            List<Integer> starting = new ArrayList<>();
            for (int j = from; j < sorted.length && sorted[j].startsWith(pa); j++) {
                if (!sorted[j].equals(pa)) {
                    starting.add(byPrefix[j]);
                }
            }
            starting.sort(null);
            int index = a;
            starting.forEach(b -> pairs.add(new int[] {index, b}));
        }
        return pairs;
    }

    /** All departments share the platform's egress gateway, so a DNS domain can be routed to one endpoint only. */
    private static List<Problem> dnsDomainsOnce(List<Loaded<DepartmentOnboarding>> departments) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Loaded<DepartmentOnboarding>> owner = new HashMap<>();
        for (Loaded<DepartmentOnboarding> loaded : departments) {
            List<PrivateLinkEndpoint> endpoints = loaded.value().privateLinkEgress();
            for (int i = 0; i < endpoints.size(); i++) {
                List<String> domains = endpoints.get(i).dnsDomains();
                for (int d = 0; d < domains.size(); d++) {
                    String pointer = "/privateLinkEgress/" + i + "/dnsDomains/" + d;
                    Loaded<DepartmentOnboarding> first = owner.putIfAbsent(domains.get(d), loaded);
                    if (first != null && first != loaded) {
                        problems.add(at(loaded, pointer, "DNS domain '" + domains.get(d) + "' is already routed by "
                                + "department '" + first.value().name() + "' (" + first.file() + "); the egress "
                                + "gateway is shared, so each domain can belong to one department only"));
                    }
                }
            }
        }
        return problems;
    }

    private static Problem at(Loaded<?> loaded, String pointer, String message) {
        return new Problem(loaded.file(), loaded.locate(pointer), FieldPaths.fromPointer(pointer), message);
    }
}
