package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What of the shared AWS account and Confluent cluster each department may reach: which secrets it may name, which
 * buckets its IAM roles may use, and whether its metrics reader sees the cluster's metrics.
 */
public record Isolation(
        @Pattern(regexp = NamePatterns.SECRET_ID_PATTERN) @JsonProperty(defaultValue = DEFAULT_SECRET_ID_PATTERN)
        @JsonPropertyDescription("Start of every secret name a department may reference, {prefix} standing for its "
                + "prefix (default {prefix}/, e.g. fin/payments-db). Secret ARNs must name the platform's account "
                + "and region and a name with this start. IAM policies and plan-time reads are scoped to it.")
        String secretIdPattern,
        @Pattern(regexp = NamePatterns.BUCKET_PATTERN) @JsonProperty(defaultValue = DEFAULT_BUCKET_PATTERN)
        @JsonPropertyDescription("Start of every S3 bucket a department's IAM roles may use, {prefix} standing for "
                + "its prefix (default {prefix}-, e.g. fin-archive).")
        String bucketPattern,
        @JsonPropertyDescription("Buckets outside the pattern a department may still use (legacy buckets), by "
                + "department name. The Terraform state bucket is refused even when listed here.")
        Map<String,
                @Size(min = 1, max = 20) List<@Pattern(regexp = NamePatterns.S3_BUCKET) String>> bucketAllowlist,
        @JsonProperty(defaultValue = "none")
        @JsonPropertyDescription("none (default): no MetricsViewer role binding for the departments' metrics readers. "
                + "cluster: MetricsViewer on the platform's Kafka cluster, which shows the metrics of every "
                + "department on that cluster (Confluent has no narrower scope for the role).")
        MetricsReader metricsReader) {

    public static final String PREFIX_PLACEHOLDER = "{prefix}";
    public static final String DEFAULT_SECRET_ID_PATTERN = "{prefix}/";
    public static final String DEFAULT_BUCKET_PATTERN = "{prefix}-";
    /** What a platform file without an {@code isolation} section means. */
    public static final Isolation DEFAULTS = new Isolation(null, null, null, null);

    public Isolation {
        secretIdPattern = secretIdPattern == null ? DEFAULT_SECRET_ID_PATTERN : secretIdPattern;
        bucketPattern = bucketPattern == null ? DEFAULT_BUCKET_PATTERN : bucketPattern;
        bucketAllowlist = bucketAllowlist == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(bucketAllowlist));
        metricsReader = metricsReader == null ? MetricsReader.NONE : metricsReader;
    }

    /** The start every secret name of the department with {@code prefix} has, e.g. {@code fin/}. */
    public String secretNamePrefix(String prefix) {
        return secretIdPattern.replace(PREFIX_PLACEHOLDER, prefix);
    }

    /** The start every bucket of the department with {@code prefix} has, e.g. {@code fin-}. */
    public String bucketNamePrefix(String prefix) {
        return bucketPattern.replace(PREFIX_PLACEHOLDER, prefix);
    }

    /** The legacy buckets the department may use besides its pattern. */
    public List<String> allowedBuckets(String department) {
        List<String> buckets = bucketAllowlist.get(department);
        return buckets == null ? List.of() : List.copyOf(buckets);
    }
}
