package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.connect.ConfigValidation;
import dev.connectonboard.connect.ConnectApiException;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.ConnectorInfo;
import dev.connectonboard.connect.ConnectorStatus;
import dev.connectonboard.connect.TargetState;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.PlanModifiers;
import dev.connectonboard.provider.spi.ResourceWithImportState;
import dev.connectonboard.provider.spi.ResourceWithModifyPlan;
import dev.connectonboard.provider.spi.ResourceWithValidateConfig;
import dev.connectonboard.provider.spi.StateResponse;
import dev.connectonboard.provider.spi.Values;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code connectonboard_connector}: one connector on a department's self-managed Kafka Connect workers (the provider
 * block's {@code connect_rest_*}). Created with {@code POST /connectors} and {@code initial_state}, so a connector
 * declared paused or stopped never moves a record first (KIP-980); config changes with {@code PUT .../config};
 * state changes with pause, resume and stop (KIP-875); deleted when removed from the configuration; imported by
 * name. Plans ask the worker's plugin to validate the config and show each error on its config key.
 *
 * <p>Secrets stay {@code ${provider:path:key}} references in config and state; the workers' config provider resolves
 * them. Read reports real drift (config or state changed by another client) and ignores {@code name}, the one key the
 * worker adds.
 */
final class ConnectorResource implements ResourceWithModifyPlan<ConfiguredProvider>,
        ResourceWithValidateConfig<ConfiguredProvider>, ResourceWithImportState<ConfiguredProvider> {
    static final String ID = "id";
    static final String NAME = "name";
    static final String CONFIG = "config";
    static final String STATE = "state";
    private static final String CONNECTOR_CLASS = "connector.class";
    /** How long a create waits for new workers to answer (ECS tasks registering behind the load balancer). */
    static final Duration WORKERS_READY_TIMEOUT = Duration.ofMinutes(5);
    /** How long create and update wait for the worker to report the requested state. */
    static final Duration STATE_TIMEOUT = Duration.ofMinutes(2);

    private static final Block SCHEMA = Block.of("A connector on the department's self-managed Kafka Connect "
                    + "workers, through their REST API (the provider's `connect_rest_url`).",
            Attribute.computed(ID, CtyType.STRING, "The connector's name.")
                    .withPlanModifiers(PlanModifiers.useStateForUnknown()),
            Attribute.required(NAME, CtyType.STRING, "Connector name; Kafka Connect cannot rename a connector, so "
                    + "changing it replaces the connector (its source offsets stay under the old name).")
                    .withPlanModifiers(PlanModifiers.requiresReplace()),
            Attribute.required(CONFIG, CtyType.map(CtyType.STRING), "The connector config, `connector.class` "
                    + "included. Secrets are `${provider:path:key}` references the workers resolve, never values."),
            Attribute.optionalComputed(STATE, CtyType.STRING, "`running` (default), `paused` (tasks stay "
                    + "assigned, no records move) or `stopped` (tasks shut down, config kept)."));

    @Override
    public String typeName() {
        return "connectonboard_connector";
    }

    @Override
    public Block schema() {
        return SCHEMA;
    }

    @Override
    public void validateConfig(Values config, Diagnostics diagnostics) {
        if (!config.isUnknown(STATE) && !config.isNull(STATE)) {
            String state = config.string(STATE).orElseThrow();
            if (Arrays.stream(TargetState.values()).noneMatch(s -> s.terraformName().equals(state))) {
                diagnostics.error(AttributePath.attribute(STATE), "Invalid connector state",
                        "state must be running, paused or stopped; got \"" + state + "\".");
            }
        }
        if (config.isUnknown(CONFIG) || config.isNull(CONFIG)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) config.get(CONFIG);
        if (!values.containsKey(CONNECTOR_CLASS)) {
            diagnostics.error(AttributePath.attribute(CONFIG), "connector.class missing",
                    "config must name the connector's plugin in \"connector.class\".");
        }
        Object name = values.get("name");
        if (name instanceof String configured && !config.isUnknown(NAME) && !config.isNull(NAME)
                && !configured.equals(config.string(NAME).orElseThrow())) {
            diagnostics.error(AttributePath.attribute(CONFIG).thenKey("name"), "Conflicting connector name",
                    "config[\"name\"] is \"" + configured + "\" but name is \"" + config.string(NAME).orElseThrow()
                            + "\"; leave name out of config.");
        }
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<ConfiguredProvider> request, ModifyPlanResponse response) {
        Values plan = request.plan();
        if (plan == null) {
            return;
        }
        if (request.config().isNull(STATE)) {
            response.set(STATE, TargetState.RUNNING.terraformName());
        }
        if (plan.isUnknown(ID) && !plan.isUnknown(NAME)) {
            response.set(ID, plan.string(NAME).orElseThrow());
        }
        boolean creating = request.state() == null;
        if (plan.isUnknown(NAME) || plan.isUnknown(CONFIG) || plan.isNull(CONFIG)
                || !Values.of(Map.of(CONFIG, plan.get(CONFIG))).isWhollyKnown()) {
            return; // validated once the config is known (at the latest during apply)
        }
        Map<String, String> config = plan.stringMap(CONFIG);
        if (!creating && config.equals(request.state().stringMap(CONFIG))) {
            return;
        }
        validateAgainstWorkers(plan.string(NAME).orElseThrow(), config, request.provider(), creating,
                response.diagnostics());
    }

    private static void validateAgainstWorkers(String name, Map<String, String> config, ConfiguredProvider provider,
                                               boolean creating, Diagnostics diagnostics) {
        if (provider == null || provider.workers() instanceof ConnectWorkers.NotYetKnown) {
            diagnostics.warning(AttributePath.attribute(CONFIG), "Kafka Connect workers not known yet",
                    "The workers' REST address is known only after apply (they are "
                            + (creating ? "created" : "changed") + " in this run), so the config of connector "
                            + name + " is validated by the worker when it is " + (creating ? "created." : "updated."));
            return;
        }
        if (!(provider.workers() instanceof ConnectWorkers.Known known)) {
            diagnostics.error(AttributePath.attribute(CONFIG), "No Kafka Connect workers configured",
                    "connectonboard_connector needs the provider's " + ConnectWorkers.URL + " (with "
                            + ConnectWorkers.USERNAME + " and " + ConnectWorkers.PASSWORD + ").");
            return;
        }
        try {
            ConfigValidation validation = known.client().validate(name, config);
            for (ConfigValidation.FieldError error : validation.errors()) {
                AttributePath at = config.containsKey(error.key())
                        ? AttributePath.attribute(CONFIG).thenKey(error.key()) : AttributePath.attribute(CONFIG);
                diagnostics.error(at, "Invalid connector config: " + error.key(), "The worker's "
                        + validation.connectorClass() + " plugin refuses connector " + name + ": " + error.key()
                        + ": " + String.join("; ", error.messages()));
            }
        } catch (ConnectApiException failure) {
            if (failure.reason() == ConnectApiException.Reason.UNREACHABLE) {
                diagnostics.warning(AttributePath.attribute(CONFIG), "Kafka Connect workers not reachable",
                        failure.getMessage() + " The config of connector " + name + " is validated by the worker "
                                + "during apply instead.");
            } else if (failure.reason() == ConnectApiException.Reason.REJECTED
                    || failure.reason() == ConnectApiException.Reason.NOT_FOUND) {
                diagnostics.error(AttributePath.attribute(CONFIG).thenKey(CONNECTOR_CLASS),
                        "Connector plugin refused the config", failure.getMessage());
            } else if (failure.reason() == ConnectApiException.Reason.UNAUTHORIZED) {
                diagnostics.error(AttributePath.attribute(CONFIG), "Kafka Connect refused the REST credentials",
                        failure.getMessage());
            } else {
                diagnostics.error(AttributePath.attribute(CONFIG), "Cannot validate connector " + name,
                        failure.getMessage());
            }
        }
    }

    @Override
    public void create(CreateRequest<ConfiguredProvider> request, StateResponse response) {
        String name = request.plan().string(NAME).orElseThrow();
        Optional<ConnectRestClient> client = client(request.provider(), response.diagnostics(), "create " + name);
        if (client.isEmpty()) {
            return;
        }
        TargetState target = TargetState.ofTerraformName(request.plan().string(STATE).orElseThrow());
        try {
            awaitWorkers(client.get());
            client.get().create(name, request.plan().stringMap(CONFIG), target);
        } catch (ConnectApiException failure) {
            String advice = failure.reason() == ConnectApiException.Reason.CONFLICT
                    ? " A connector of that name already exists on the workers: import it (an import block with id = \""
                    + name + "\") or choose another name." : "";
            response.diagnostics().error(AttributePath.attribute(CONFIG), "Cannot create connector " + name,
                    failure.getMessage() + advice);
            return;
        }
        response.set(ID, name);
        awaitState(client.get(), name, target, response.diagnostics());
    }

    @Override
    public void read(ReadRequest<ConfiguredProvider> request, StateResponse response) {
        String name = request.state().string(NAME).orElseThrow();
        ConfiguredProvider provider = request.provider();
        if (provider != null && provider.workers() instanceof ConnectWorkers.NotYetKnown) {
            response.diagnostics().warning(AttributePath.attribute(NAME), "Connector " + name + " not refreshed",
                    "The workers' REST address is not known until apply; the connector keeps its recorded state.");
            return;
        }
        Optional<ConnectRestClient> client = client(provider, response.diagnostics(), "read " + name);
        if (client.isEmpty()) {
            return;
        }
        try {
            Optional<ConnectorInfo> live = client.get().connector(name);
            if (live.isEmpty()) {
                response.removeFromState();
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> prior = (Map<String, Object>) request.state().get(CONFIG);
            response.set(ID, name).set(NAME, name).set(CONFIG, reconcile(prior, live.get().config(), name));
            Optional<TargetState> state = settledState(client.get(), name);
            if (state.isPresent()) {
                response.set(STATE, state.get().terraformName());
            } else if (request.state().isNull(STATE)) {
                response.set(STATE, TargetState.RUNNING.terraformName()); // imported while failing: meant to run
            }
        } catch (ConnectApiException failure) {
            response.diagnostics().error(AttributePath.attribute(NAME), "Cannot read connector " + name,
                    failure.getMessage());
        }
    }

    /**
     * The target state the worker's status shows. Right after a create, restart or rebalance the status is missing
     * or UNASSIGNED for a moment, so wait briefly for a state that says something; a FAILED connector never does.
     */
    private static Optional<TargetState> settledState(ConnectRestClient client, String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<String> live = client.status(name).map(ConnectorStatus::state);
            Optional<TargetState> state = live.flatMap(TargetState::fromLiveState);
            if (state.isPresent() || live.filter("FAILED"::equals).isPresent() || System.nanoTime() > deadline) {
                return state;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /**
     * The live config as state: every key the worker holds, except {@code name} when the configuration did not set
     * it (the worker adds it to every connector), so only real changes show as drift.
     */
    static Map<String, Object> reconcile(Map<String, Object> prior, Map<String, String> live, String name) {
        Map<String, Object> config = new TreeMap<>(live);
        boolean priorHasName = prior != null && prior.containsKey("name");
        if (!priorHasName && name.equals(live.get("name"))) {
            config.remove("name");
        }
        return config;
    }

    @Override
    public void update(UpdateRequest<ConfiguredProvider> request, StateResponse response) {
        String name = request.plan().string(NAME).orElseThrow();
        Optional<ConnectRestClient> client = client(request.provider(), response.diagnostics(), "update " + name);
        if (client.isEmpty()) {
            return;
        }
        Map<String, String> config = request.plan().stringMap(CONFIG);
        TargetState target = TargetState.ofTerraformName(request.plan().string(STATE).orElseThrow());
        try {
            if (!config.equals(request.state().stringMap(CONFIG))) {
                client.get().putConfig(name, config);
            }
            Optional<TargetState> live = client.get().status(name)
                    .flatMap(status -> TargetState.fromLiveState(status.state()));
            if (!live.equals(Optional.of(target))) {
                client.get().changeState(name, target);
            }
        } catch (ConnectApiException failure) {
            response.diagnostics().error(AttributePath.attribute(CONFIG), "Cannot update connector " + name,
                    failure.getMessage());
            return;
        }
        awaitState(client.get(), name, target, response.diagnostics());
    }

    @Override
    public void delete(DeleteRequest<ConfiguredProvider> request, Diagnostics diagnostics) {
        String name = request.state().string(NAME).orElseThrow();
        Optional<ConnectRestClient> client = client(request.provider(), diagnostics, "delete " + name);
        if (client.isEmpty()) {
            return;
        }
        try {
            client.get().delete(name);
        } catch (ConnectApiException failure) {
            diagnostics.error(AttributePath.attribute(NAME), "Cannot delete connector " + name, failure.getMessage());
        }
    }

    @Override
    public void importState(ImportRequest<ConfiguredProvider> request, StateResponse response) {
        if (request.id() == null || request.id().isBlank()) {
            response.diagnostics().error("Invalid import id", "Import a connector by its name, e.g. id = \"rsch-papers-s3-sink\".");
            return;
        }
        response.set(NAME, request.id()).set(ID, request.id());
    }

    private static Optional<ConnectRestClient> client(ConfiguredProvider provider, Diagnostics diagnostics,
                                                      String action) {
        if (provider != null && provider.workers() instanceof ConnectWorkers.Known known) {
            return Optional.of(known.client());
        }
        diagnostics.error(AttributePath.attribute(NAME), "No Kafka Connect workers to " + action,
                provider != null && provider.workers() instanceof ConnectWorkers.NotYetKnown
                        ? "The provider's " + ConnectWorkers.URL + " is still unknown; it comes from the workers'"
                        + " load balancer, which must exist before connectors are changed."
                        : "connectonboard_connector needs the provider's " + ConnectWorkers.URL + " (with "
                        + ConnectWorkers.USERNAME + " and " + ConnectWorkers.PASSWORD + ").");
        return Optional.empty();
    }

    /** New workers answer only once their tasks are healthy behind the load balancer; wait for them. */
    private static void awaitWorkers(ConnectRestClient client) {
        long deadline = System.nanoTime() + WORKERS_READY_TIMEOUT.toNanos();
        while (true) {
            try {
                client.version();
                return;
            } catch (ConnectApiException notYet) {
                boolean transient_ = notYet.reason() == ConnectApiException.Reason.UNREACHABLE
                        || notYet.reason() == ConnectApiException.Reason.SERVER_ERROR;
                if (!transient_ || System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            sleep(Duration.ofSeconds(5));
        }
    }

    /**
     * Pause, resume and stop are applied asynchronously; wait until the worker reports the state, so the next plan
     * sees it. A connector that fails to start is reported, not undone: its config and state are what was asked.
     */
    private static void awaitState(ConnectRestClient client, String name, TargetState target,
                                   Diagnostics diagnostics) {
        long deadline = System.nanoTime() + STATE_TIMEOUT.toNanos();
        String last = "no status yet";
        while (System.nanoTime() < deadline) {
            try {
                Optional<ConnectorStatus> status = client.status(name);
                if (status.isPresent()) {
                    last = status.get().state();
                    if (TargetState.fromLiveState(last).equals(Optional.of(target))) {
                        return;
                    }
                    if ("FAILED".equals(last)) {
                        diagnostics.warning(AttributePath.attribute(NAME), "Connector " + name + " failed",
                                "The worker reports FAILED: " + firstLine(status.get().trace())
                                        + " See `connect-onboard status` and the workers' logs.");
                        return;
                    }
                }
            } catch (ConnectApiException failure) {
                last = failure.getMessage();
            }
            sleep(Duration.ofMillis(250));
        }
        diagnostics.warning(AttributePath.attribute(STATE), "Connector " + name + " not yet " + target.terraformName(),
                "After " + STATE_TIMEOUT.toSeconds() + " s the worker reports " + last + "; the next plan shows "
                        + "whether it settled.");
    }

    private static String firstLine(String trace) {
        if (trace == null || trace.isBlank()) {
            return "(no trace)";
        }
        int end = trace.indexOf('\n');
        return end < 0 ? trace : trace.substring(0, end);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
