package dev.connectonboard.plangate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan written by {@code terraform show -json PLANFILE} (format_version 1.x, documented at
 * developer.hashicorp.com/terraform/internals/json-format). It streams the file and keeps only what the gate uses
 * (resource_changes, the marker output), skipping prior_state, planned_values and configuration, so a plan of
 * ten thousand resources is read in a fraction of a second. Anything it cannot trust is UNDETERMINED (exit 3):
 * invalid or truncated JSON, another format major version, an errored or incomplete plan, a change without the
 * fields Terraform always writes.
 */
public final class PlanReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            // resource_changes of a large plan hold long strings (policies, connector configs); only the document
            // as a whole is large, so the default per-string limit stays, the nesting limit too
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build())
            .build());
    private static final String HOW = "write it with 'terraform show -json PLANFILE > FILE' from the saved plan of "
            + "'terraform plan -out PLANFILE'";

    private PlanReader() {
    }

    public static TerraformPlan read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OnboardException(FailureKind.USAGE, "plan file " + file + " does not exist or is not a file; "
                    + HOW);
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            return new PlanReader.Parse(file, parser).plan();
        } catch (NoSuchFileException e) {
            throw new OnboardException(FailureKind.USAGE, "plan file " + file + " does not exist; " + HOW);
        } catch (JsonProcessingException e) {
            throw unreadable(file, "it is not valid JSON (truncated or not a JSON plan) at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new OnboardException(FailureKind.UNDETERMINED, "cannot read plan file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    static OnboardException unreadable(Path file, String why, Throwable cause) {
        return new OnboardException(FailureKind.UNDETERMINED, "cannot trust plan " + file + ": " + why + "; " + HOW,
                cause);
    }

    /** One pass over one file. */
    private static final class Parse {
        private final Path file;
        private final JsonParser parser;
        private String formatVersion;
        private String terraformVersion;
        private boolean errored;
        private boolean incomplete;
        private final List<ResourceChange> changes = new ArrayList<>();
        private JsonNode markerChange = MissingNode.getInstance();
        private JsonNode markerPlanned = MissingNode.getInstance();
        private JsonNode markerPrior = MissingNode.getInstance();

        Parse(Path file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        TerraformPlan plan() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable(file, "it is not a JSON object", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format_version" -> formatVersion = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "terraform_version" -> terraformVersion = parser.getValueAsString();
                    case "errored" -> errored = value == JsonToken.VALUE_TRUE;
                    case "complete" -> incomplete = value == JsonToken.VALUE_FALSE;
                    case "resource_changes" -> readChanges(value);
                    case "output_changes" -> markerChange = readMember(value, PlanMarker.OUTPUT);
                    case "planned_values" -> markerPlanned = readOutputs(value);
                    case "prior_state" -> markerPrior = readPriorOutputs(value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw unreadable(file, "unexpected content after the plan object", null);
            }
            checkVersion();
            if (errored) {
                throw unreadable(file, "Terraform reports that planning failed (errored: true)", null);
            }
            if (incomplete) {
                throw unreadable(file, "the plan is incomplete (complete: false, some changes were deferred); plan "
                        + "again until Terraform plans every change", null);
            }
            return new TerraformPlan(file, formatVersion, terraformVersion, MarkerReader.read(file, markerChange,
                    markerPlanned, markerPrior), changes);
        }

        private void checkVersion() {
            if (formatVersion == null) {
                throw unreadable(file, "it has no format_version, so it is not a plan from terraform show -json",
                        null);
            }
            if (!formatVersion.matches("1\\.[0-9]+")) {
                throw unreadable(file, "its format_version is " + Printable.of(formatVersion) + "; this version of "
                        + "connect-onboard reads plan format 1.x (Terraform 1.x)", null);
            }
        }

        private void readChanges(JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                throw unreadable(file, "resource_changes is not an array", null);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode entry = readChange();
                ResourceChange change = ChangeReader.read(file, entry, changes.size());
                if (change != null) {
                    changes.add(change);
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw unreadable(file, "resource_changes holds something that is not a change", null);
            }
        }

        /**
         * One resource_changes entry as a tree, except the values of a no-op or read: most of a large plan is
         * unchanged, and its before/after trees are never looked at. Terraform writes change.actions before the
         * values; should a plan put them after, the values are read as usual.
         */
        private JsonNode readChange() throws IOException {
            com.fasterxml.jackson.databind.node.ObjectNode entry = JSON.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("change") && value == JsonToken.START_OBJECT) {
                    entry.set(field, readChangeBody());
                } else {
                    entry.set(field, parser.readValueAsTree());
                }
            }
            return entry;
        }

        private JsonNode readChangeBody() throws IOException {
            com.fasterxml.jackson.databind.node.ObjectNode change = JSON.createObjectNode();
            boolean unchanged = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (unchanged && !field.equals("actions")) {
                    parser.skipChildren();
                    continue;
                }
                JsonNode value = parser.readValueAsTree();
                change.set(field, value);
                if (field.equals("actions") && value.isArray() && value.size() == 1
                        && (value.get(0).asText().equals("no-op") || value.get(0).asText().equals("read"))) {
                    unchanged = true;
                    change.remove(List.of("before", "after", "before_sensitive", "after_sensitive"));
                }
            }
            return change;
        }

        /** The member of an object value, skipping every other member unread. */
        private JsonNode readMember(JsonToken value, String name) throws IOException {
            JsonNode found = MissingNode.getInstance();
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return found;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken member = parser.nextToken();
                if (field.equals(name) && member == JsonToken.START_OBJECT) {
                    found = parser.readValueAsTree();
                } else {
                    parser.skipChildren();
                }
            }
            return found;
        }

        /** planned_values.outputs.connect_onboard, without reading planned_values.root_module. */
        private JsonNode readOutputs(JsonToken value) throws IOException {
            JsonNode found = MissingNode.getInstance();
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return found;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken member = parser.nextToken();
                if (field.equals("outputs")) {
                    found = readMember(member, PlanMarker.OUTPUT);
                } else {
                    parser.skipChildren();
                }
            }
            return found;
        }

        /** prior_state.values.outputs.connect_onboard. */
        private JsonNode readPriorOutputs(JsonToken value) throws IOException {
            JsonNode found = MissingNode.getInstance();
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return found;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken member = parser.nextToken();
                if (field.equals("values")) {
                    found = readOutputs(member);
                } else {
                    parser.skipChildren();
                }
            }
            return found;
        }
    }
}
