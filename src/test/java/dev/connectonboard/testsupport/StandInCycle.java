package dev.connectonboard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.connectonboard.confluent.ConfluentFixtures;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.generate.GenerateRun;
import dev.connectonboard.standin.StandInCloud;
import dev.connectonboard.standin.StandInSeeds;
import dev.connectonboard.standin.StandIns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The whole offline cycle on generated Terraform, with the stand-in providers: a platform and descriptors, generated
 * into a work directory laid out like the repository ({@code examples/}, {@code modules/}, {@code generated/}),
 * then real {@code terraform init / validate / plan / apply} per department against local state.
 *
 * <pre>{@code
 * StandInCycle cycle = StandInCycle.ofExamples(tempDir);         // examples/ and modules/ copied from this checkout
 * cycle.generate();                                               // ./connect-onboard generate, in the work dir
 * StandInCycle.Root finance = cycle.root("finance");              // generated/finance + backend_override.tf
 * StandInCycle.Plan first = finance.converge();                   // init, validate, plan, apply, plan again: no changes
 * cycle.editDescriptor("finance", "partitions: 12", "partitions: 6");
 * cycle.generate();
 * StandInCycle.Plan second = finance.plan();                      // terraform show -json of the saved plan
 * second.actions("module.department.module.topics.confluent_kafka_topic.this[\"fin.ledger.entries\"]");
 * // -> [delete, create]
 * }</pre>
 *
 * <p>All departments of a work directory share one stand-in cloud ({@link #confluentCloud()}, {@link #awsCloud()}),
 * like departments share one Confluent organization; secrets the descriptors reference are seeded in the AWS cloud
 * (JSON objects with every referenced key). The connect-onboard provider's quota gate reads a WireMock Confluent
 * Cloud API that lists no live connectors. Stand-ins (schema caches, launchers) are prepared once per JVM under
 * {@code target/standin}; by default they run inside the test JVM (see {@link #MODE_PROPERTY}), the connect-onboard
 * provider always as the plugin process Terraform starts. Tests are skipped (JUnit assumption) when terraform or the hashicorp/aws mirror is missing.
 */
public final class StandInCycle implements AutoCloseable {
    /**
     * {@code in-process} (default): the stand-ins run inside the test JVM and Terraform reattaches to them
     * ({@code TF_REATTACH_PROVIDERS}, as terraform-plugin-testing does); {@code launched}: Terraform starts them as
     * plugin processes from their launchers, as by hand.
     */
    public static final String MODE_PROPERTY = "connectonboard.standin.mode";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static StandIns standIns;
    private static WireMockServer confluentApi;

    private final Path work;
    private final TerraformCli terraform;
    private final StandIns.InProcess inProcess;
    private final Map<String, String> environment;
    private final List<AutoCloseable> servers = new ArrayList<>();
    private final Map<Path, Root> roots = new HashMap<>();
    private final Map<Path, StandInConnectWorker> workers = new HashMap<>();

    private StandInCycle(Path work, TerraformCli terraform, StandIns.InProcess inProcess,
                         Map<String, String> environment) {
        this.work = work;
        this.terraform = terraform;
        this.inProcess = inProcess;
        this.environment = Map.copyOf(environment);
    }

    /** A work directory holding copies of this checkout's {@code examples/} (platform, quotas, departments) and modules. */
    public static StandInCycle ofExamples(Path work) {
        StandInCycle cycle = empty(work);
        copyTree(PROJECT.resolve("examples"), work.resolve("examples"));
        return cycle;
    }

    /** A work directory with this checkout's modules and no inputs yet: write them with {@link #write}. */
    public static StandInCycle empty(Path work) {
        TerraformCli mirrored = TerraformCli.assumeAvailable();
        StandIns prepared = standIns(mirrored);
        copyTree(PROJECT.resolve("modules"), work.resolve("modules"));
        Map<String, String> environment = new HashMap<>(prepared.environment(work.resolve("cloud")));
        StandIns.InProcess inProcess = null;
        if (!"launched".equals(System.getProperty(MODE_PROPERTY, "in-process"))) {
            inProcess = prepared.serveInProcess(work.resolve("cloud"));
            environment.putAll(inProcess.environment());
        }
        environment.putAll(confluentApiEnvironment());
        environment.put("KAFKA_API_KEY", "STANDINKAFKAKEY");
        environment.put("KAFKA_API_SECRET", "stand-in-kafka-secret");
        return new StandInCycle(work, TerraformCli.assumeInstalled(prepared.cliConfig()).withEnv(environment),
                inProcess, environment);
    }

    /** Stops the in-process stand-ins (their threads are daemons, so a forgotten close only costs memory). */
    @Override
    public synchronized void close() {
        if (inProcess != null) {
            inProcess.close();
        }
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                // stopping a test server: nothing to do about it
            }
        }
        servers.clear();
    }

    /** The stand-ins this JVM uses (prepared on first use). */
    public static synchronized StandIns standIns(TerraformCli mirrored) {
        if (standIns == null) {
            standIns = StandIns.prepare(PROJECT.resolve("target/standin"), mirrored);
        }
        return standIns;
    }

    public Path work() {
        return work;
    }

    public Path platformFile() {
        return work.resolve("examples/platform.yaml");
    }

    public Path departmentsDir() {
        return work.resolve("examples/departments");
    }

    public TerraformCli terraform() {
        return terraform;
    }

    public StandInCloud confluentCloud() {
        return StandInCloud.in(work.resolve("cloud"), "confluent");
    }

    public StandInCloud awsCloud() {
        return StandInCloud.in(work.resolve("cloud"), "aws");
    }

    /** Writes (or replaces) a file under the work directory, e.g. {@code examples/departments/sales.yaml}. */
    public Path write(String relative, String content) {
        try {
            Path file = work.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in {@code examples/departments/<department>.yaml}; fails when the text is not there. */
    public void editDescriptor(String department, String from, String to) {
        Path file = departmentsDir().resolve(department + ".yaml");
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code generate --platform examples/platform.yaml examples/departments} in the work directory, then seeds the
     * AWS cloud with every secret the descriptors reference (so their data sources find them).
     */
    public GenerateRun.Outcome generate() {
        GenerateRun.Outcome outcome = GenerateRun.run(new GenerateRun.Options(platformFile(),
                List.of(departmentsDir()), work.resolve("generated"), work.resolve("modules"), false, work));
        InputSet inputs = InputLoader.load(platformFile(), List.of(departmentsDir()));
        seedSecrets(inputs);
        answerClusterQuotas(inputs);
        return outcome;
    }

    /** The cluster-scoped quotas of the platform's cluster (the fixture, moved to this platform's ids). */
    private static synchronized void answerClusterQuotas(InputSet inputs) {
        var confluent = inputs.onlyPlatform().orElseThrow().value().confluent();
        String cluster = confluent.kafkaCluster().id();
        String body = ConfluentFixtures.fixture("applied-quotas-kafka-cluster.json")
                .replace(ConfluentFixtures.CLUSTER, cluster).replace(ConfluentFixtures.ENV, confluent.environmentId());
        confluentApi.stubFor(get(urlPathEqualTo("/service-quota/v1/applied-quotas"))
                .withQueryParam("scope", equalTo("kafka_cluster")).withQueryParam("kafka_cluster", equalTo(cluster))
                .willReturn(okJson(body)));
    }

    /** A generated department's root, with a {@code backend_override.tf} for local state. */
    public Root root(String department) {
        Path dir = work.resolve("generated").resolve(department);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("nothing generated for " + department + " in " + dir);
        }
        synchronized (roots) {
            return roots.computeIfAbsent(dir, Root::new);
        }
    }

    /** Every generated department, by name. */
    public List<String> departments() {
        try (Stream<Path> dirs = Files.list(work.resolve("generated"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seedSecrets(InputSet inputs) {
        StandInSeeds.secrets(inputs, awsCloud());
    }

    /** One generated root module and its local state. */
    public final class Root {
        private final Path dir;
        private final TerraformCli terraform;

        private Root(Path dir) {
            this.dir = dir;
            this.terraform = terraformFor(dir);
            try {
                Files.writeString(dir.resolve("backend_override.tf"), """
                        # Written by the stand-in cycle: local state instead of the platform's S3 backend.
                        terraform {
                          backend "local" {
                            path = "terraform.tfstate"
                          }
                        }
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Path dir() {
            return dir;
        }

        public TerraformCli.Result init() {
            return run("init", "-input=false", "-no-color");
        }

        public TerraformCli.Result validate() {
            return run("validate", "-no-color");
        }

        /** {@code terraform plan -out} then {@code show -json} of it; fails with Terraform's output on an error. */
        public Plan plan(String... extraArgs) {
            List<String> args = new ArrayList<>(List.of("plan", "-input=false", "-no-color", "-out=cycle.tfplan"));
            args.addAll(List.of(extraArgs));
            TerraformCli.Result plan = terraform.run(dir, TerraformCli.DEFAULT_TIMEOUT, args).requireSuccess();
            return new Plan(showJson(), plan);
        }

        /** Applies the plan {@link #plan} saved. */
        public TerraformCli.Result apply() {
            return run("apply", "-input=false", "-no-color", "cycle.tfplan");
        }

        /** The whole cycle: init, validate, plan, apply, and a second plan that must change nothing. */
        public Plan converge() {
            init();
            validate();
            Plan first = plan();
            apply();
            assertNoChanges();
            return first;
        }

        /** A plan that must change nothing ({@code -detailed-exitcode} 0); otherwise fails listing the changes. */
        public void assertNoChanges() {
            TerraformCli.Result plan = terraform.run(dir, TerraformCli.DEFAULT_TIMEOUT, "plan", "-input=false",
                    "-no-color", "-detailed-exitcode", "-out=cycle.tfplan");
            if (plan.exitCode() == 0) {
                return;
            }
            if (plan.exitCode() == 2) {
                Plan second = new Plan(showJson(), plan);
                throw new AssertionError(dir.getFileName() + " did not converge: the plan after apply still has "
                        + second.changes() + "\n" + plan.stdout());
            }
            plan.requireSuccess();
        }

        private JsonNode showJson() {
            try {
                return JSON.readTree(run("show", "-json", "-no-color", "cycle.tfplan").stdout());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * In-process mode: the self-managed connectors on this department's stand-in Kafka Connect workers, by name,
         * with their target state ({@code RUNNING}, {@code PAUSED}, {@code STOPPED}).
         */
        public Map<String, String> workerConnectors() {
            StandInConnectWorker worker = workers.get(dir);
            return worker == null ? Map.of() : worker.states();
        }

        /** In-process mode: where this department's stand-in Kafka Connect REST API answers; null otherwise. */
        public String workerUrl() {
            StandInConnectWorker worker = workers.get(dir);
            return worker == null ? null : worker.url();
        }

        /** {@code terraform show -json} of the state: {@code values.root_module} holds every resource. */
        public JsonNode state() {
            try {
                return JSON.readTree(run("show", "-json", "-no-color").stdout());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Any terraform command in this root, whatever its outcome (for commands expected to fail). */
        public TerraformCli.Result attempt(String... args) {
            return terraform.run(dir, TerraformCli.DEFAULT_TIMEOUT, args);
        }

        /** Any terraform command in this root; fails with Terraform's output unless it succeeds. */
        public TerraformCli.Result run(String... args) {
            return terraform.run(dir, TerraformCli.DEFAULT_TIMEOUT, args).requireSuccess();
        }
    }

    /** In-process mode: this root's own in-process connect-onboard provider joins the reattached stand-ins. */
    private synchronized TerraformCli terraformFor(Path root) {
        if (inProcess == null) {
            return terraform;
        }
        StandInConnectWorker worker = StandInConnectWorker.start();
        servers.add(worker);
        workers.put(root, worker);
        InProcessConnectOnboard own = InProcessConnectOnboard.serve(root, environment, worker.url());
        servers.add(own);
        String reattach = environment.get("TF_REATTACH_PROVIDERS");
        return terraform.withEnv(Map.of("TF_REATTACH_PROVIDERS",
                reattach.substring(0, reattach.length() - 1) + "," + own.reattachEntry() + "}"));
    }

    /** A saved plan as {@code terraform show -json} prints it. */
    public record Plan(JsonNode json, TerraformCli.Result result) {

        /** Planned actions of every managed resource instance by address, e.g. {@code [create]}, {@code [delete, create]}. */
        public Map<String, List<String>> actions() {
            Map<String, List<String>> actions = new TreeMap<>();
            json.path("resource_changes").forEach(change -> {
                if ("managed".equals(change.path("mode").asText())) {
                    List<String> list = new ArrayList<>();
                    change.path("change").path("actions").forEach(action -> list.add(action.asText()));
                    actions.put(change.path("address").asText(), list);
                }
            });
            return actions;
        }

        /** The actions of one address ({@code [no-op]} when unchanged); fails when the plan does not know it. */
        public List<String> actions(String address) {
            List<String> found = actions().get(address);
            if (found == null) {
                throw new AssertionError("the plan has no resource " + address + "; it has " + actions().keySet());
            }
            return found;
        }

        /** Addresses with an action other than no-op (and read), with their actions. */
        public Map<String, List<String>> changes() {
            Map<String, List<String>> changes = new TreeMap<>();
            actions().forEach((address, list) -> {
                if (!list.equals(List.of("no-op")) && !list.equals(List.of("read"))) {
                    changes.put(address, list);
                }
            });
            return changes;
        }

        /** The plan's managed resources (planned values), for attribute assertions. */
        public PlanJson planned() {
            return new PlanJson(json);
        }
    }

    private static synchronized Map<String, String> confluentApiEnvironment() {
        if (confluentApi == null) {
            confluentApi = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                    .dynamicPort());
            confluentApi.start();
            // No live connectors in any cluster: the quota gate counts the descriptors alone.
            confluentApi.stubFor(get(urlPathMatching("/connect/v1/environments/[^/]+/clusters/[^/]+/connectors"))
                    .willReturn(okJson("{}")));
            String quotas = "/service-quota/v1/applied-quotas";
            confluentApi.stubFor(get(urlPathEqualTo(quotas)).withQueryParam("scope", equalTo("organization"))
                    .withQueryParam("page_token", absent())
                    .willReturn(okJson(ConfluentFixtures.fixture("applied-quotas-page1.json"))));
            confluentApi.stubFor(get(urlPathEqualTo(quotas)).withQueryParam("scope", equalTo("organization"))
                    .withQueryParam("page_token", equalTo("dGVzdC1wYWdlLTItb2YtMg"))
                    .willReturn(okJson(ConfluentFixtures.fixture("applied-quotas-page2.json"))));
            String accounts = "/iam/v2/service-accounts";
            confluentApi.stubFor(get(urlPathEqualTo(accounts)).withQueryParam("page_token", absent())
                    .willReturn(okJson(ConfluentFixtures.fixture("service-accounts-page1.json"))));
            confluentApi.stubFor(get(urlPathEqualTo(accounts)).withQueryParam("page_token", equalTo("c2EtcGFnZS0yLXRva2Vu"))
                    .willReturn(okJson(ConfluentFixtures.fixture("service-accounts-page2.json"))));
            // Every access point the stand-in cloud creates is READY (connectonboard_access_point's wait ends at once).
            confluentApi.stubFor(get(urlPathMatching("/networking/v1/access-points/ap-[a-z0-9]+"))
                    .willReturn(okJson("{\"status\": {\"phase\": \"READY\"}}")));
            Runtime.getRuntime().addShutdownHook(new Thread(confluentApi::stop));
        }
        String url = "http://127.0.0.1:" + confluentApi.port();
        return Map.of("CONFLUENT_CLOUD_API_KEY", ConfluentFixtures.API_KEY,
                "CONFLUENT_CLOUD_API_SECRET", ConfluentFixtures.API_SECRET,
                "CONFLUENT_CLOUD_API_URL", url, "CONFLUENT_CLOUD_METRICS_URL", url);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                String relative = from.relativize(source).toString();
                if (relative.contains(".terraform")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
