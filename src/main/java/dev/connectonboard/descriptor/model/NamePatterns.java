package dev.connectonboard.descriptor.model;

import java.util.Map;

/**
 * Every name pattern the inputs accept, with the sentence a user reads when a value does not match. The patterns are
 * deliberately narrow: a value that passes them is safe as a Kafka, AWS and HCL name, cannot escape the output folder
 * and cannot inject HCL, so the generator never has to reject what validation accepted.
 */
public final class NamePatterns {
    public static final String SLUG = "^[a-z][a-z0-9-]{1,30}$";
    public static final String PREFIX = "^[a-z][a-z0-9]{1,14}$";
    /** Also a file name for self-managed connectors, so no "..". */
    public static final String CONNECTOR_NAME = "^(?!.*\\.\\.)[a-z0-9][a-z0-9._-]{1,63}$";
    public static final String TOPIC_NAME = "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,200}$";
    public static final String SHORT_NAME = "^[a-z][a-z0-9-]{0,39}$";
    /** Bounded by AWS's 64 characters for the whole role name {@code <prefix>-<name>}, which a rule checks. */
    public static final String IAM_ROLE_NAME = "^[a-z][a-z0-9-]{0,62}$";
    public static final String CONFIG_KEY = "^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$";
    public static final String EMAIL = "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$";
    public static final String COST_CENTER = "^[A-Za-z0-9_-]{1,40}$";
    public static final String HOSTNAME = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";
    public static final String VPC_ENDPOINT_SERVICE =
            "^com\\.amazonaws\\.vpce\\.[a-z]{2}-[a-z]+-[0-9]\\.vpce-svc-[0-9a-f]{8,17}$";
    public static final String SUBNET_ID = "^subnet-[0-9a-f]{8,17}$";
    public static final String SECURITY_GROUP_ID = "^sg-[0-9a-f]{8,17}$";
    /** An optional registry host with a port, a lower-case repository path, an optional tag and digest. */
    public static final String IMAGE = "^([a-z0-9][a-z0-9.-]*:[0-9]{1,5}/)?[a-z0-9][a-z0-9._/-]*(:[A-Za-z0-9._-]{1,128})?"
            + "(@sha256:[0-9a-f]{64})?$";
    public static final String S3_BUCKET = "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$";
    /**
     * A secret's name, or its ARN ({@code arn:aws:secretsmanager:<region>:<account>:secret:<name>}); which names a
     * department may use is the platform's isolation rule, checked against the platform.
     */
    public static final String SECRET_ID =
            "^(arn:aws[a-z-]{0,10}:secretsmanager:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:secret:)?[A-Za-z0-9/_+=.@-]{1,512}$";
    /**
     * The platform's secret name pattern: {@code {prefix}} once, followed by a character no prefix holds, so that
     * {@code fin/} can never be the start of {@code fina/}.
     */
    public static final String SECRET_ID_PATTERN = "^[A-Za-z0-9/_+=.@-]{0,100}\\{prefix\\}[/_+=.@-][A-Za-z0-9/_+=.@-]{0,100}$";
    /** The platform's bucket name pattern, the same way: {@code {prefix}} followed by '-' or '.'. */
    public static final String BUCKET_PATTERN = "^[a-z0-9.-]{0,40}\\{prefix\\}[.-][a-z0-9.-]{0,40}$";
    /** A KMS key ARN by key id (not an alias: a policy on an alias ARN does not cover the key S3 uses). */
    public static final String KMS_KEY_ARN = "^arn:aws[a-z-]{0,10}:kms:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:key/[0-9a-f-]{36}$|"
            + "^arn:aws[a-z-]{0,10}:kms:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:key/mrk-[0-9a-f]{32}$";
    public static final String SECRET_KEY = "^[A-Za-z0-9._-]{1,128}$";
    public static final String AWS_ACCOUNT_ID = "^[0-9]{12}$";
    public static final String AWS_REGION = "^[a-z]{2}-[a-z]+-[0-9]$";
    public static final String CONFLUENT_ORG_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    public static final String ENVIRONMENT_ID = "^env-[a-z0-9]{3,12}$";
    public static final String KAFKA_CLUSTER_ID = "^lkc-[a-z0-9]{3,12}$";
    public static final String GATEWAY_ID = "^gw-[a-z0-9]{3,12}$";
    public static final String HTTPS_URL = "^https://[a-z0-9.-]+(:[0-9]{1,5})?/?$";
    public static final String VERSION_CONSTRAINT = "^[~>=<!0-9., ]{1,40}$";
    public static final String CONNECTOR_CLASS = "^[A-Za-z][A-Za-z0-9_.]{1,127}$";
    public static final String ROLE_NAME = "^[A-Z][A-Za-z]{2,40}$";
    public static final String RELATIVE_PATH = "^(?!/)(?!.*\\.\\.)[A-Za-z0-9._/-]{1,200}$";
    /** A path that is only read, never written into HCL: '..' may climb out of the platform file's folder. */
    public static final String READ_PATH = "^(?!/)[A-Za-z0-9._/-]{1,200}$";
    public static final String BUCKET_KEY_PREFIX = "^(?!.*\\.\\.)([A-Za-z0-9._-]+/)*$";
    public static final String DYNAMODB_TABLE = "^[A-Za-z0-9._-]{3,255}$";
    public static final String VPC_ID = "^vpc-[0-9a-f]{8,17}$";
    public static final String IPV4_CIDR = "^((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$";
    public static final String ACM_CERTIFICATE_ARN =
            "^arn:aws[a-z-]*:acm:[a-z]{2}-[a-z]+-[0-9]:[0-9]{12}:certificate/[0-9a-f-]{36}$";
    public static final String ROUTE53_ZONE_ID = "^Z[A-Z0-9]{4,31}$";
    public static final String PLUGIN_VERSION = "^[0-9A-Za-z][0-9A-Za-z._+-]{0,39}$";
    public static final String JAVA_CLASS = "^([a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]{0,127}$";
    /** Free text for reviewers: one line, no control characters (nothing can reach a terminal as a sequence). */
    public static final String REASON = "^(?=.*[^ ])[^\\x00-\\x1f\\x7f-\\x9f]{10,500}$";

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry(SLUG, "a slug: a lowercase letter, then 1 to 30 lowercase letters, digits or '-'"),
            Map.entry(PREFIX, "2 to 15 lowercase letters or digits, starting with a letter"),
            Map.entry(CONNECTOR_NAME, "2 to 64 lowercase letters, digits, '.', '_' or '-', without '..'"),
            Map.entry(TOPIC_NAME, "a Kafka topic name: letters, digits, '.', '_' or '-' (at most 201)"),
            Map.entry(SHORT_NAME, "a lowercase letter, then up to 39 lowercase letters, digits or '-'"),
            Map.entry(IAM_ROLE_NAME, "a lowercase letter, then lowercase letters, digits or '-'"),
            Map.entry(CONFIG_KEY, "a connector property name: letters, digits, '.', '_' or '-'"),
            Map.entry(EMAIL, "an e-mail address"),
            Map.entry(COST_CENTER, "letters, digits, '_' or '-' (at most 40)"),
            Map.entry(HOSTNAME, "a lowercase DNS name such as db.team.example.org"),
            Map.entry(VPC_ENDPOINT_SERVICE, "an AWS endpoint service name such as com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0"),
            Map.entry(SUBNET_ID, "an AWS subnet id such as subnet-0a1b2c3d"),
            Map.entry(SECURITY_GROUP_ID, "an AWS security group id such as sg-0a1b2c3d"),
            Map.entry(IMAGE, "a container image reference such as confluentinc/cp-kafka-connect:7.7.1 or registry.example.org:5000/connect:1.0"),
            Map.entry(S3_BUCKET, "an S3 bucket name: 3 to 63 lowercase letters, digits, '.' or '-'"),
            Map.entry(SECRET_ID, "an AWS Secrets Manager secret name (letters, digits and /_+=.@-) or its ARN"),
            Map.entry(SECRET_ID_PATTERN, "a secret name start holding {prefix} once, followed by one of /_+=.@-, such as {prefix}/ or connect/{prefix}/"),
            Map.entry(BUCKET_PATTERN, "a bucket name start holding {prefix} once, followed by '-' or '.', such as {prefix}- or acme-{prefix}-"),
            Map.entry(KMS_KEY_ARN, "a KMS key ARN such as arn:aws:kms:eu-west-1:123456789012:key/<uuid> (a key, not an alias)"),
            Map.entry(SECRET_KEY, "a JSON key inside the secret: letters, digits, '.', '_' or '-'"),
            Map.entry(AWS_ACCOUNT_ID, "a 12-digit AWS account id, quoted so YAML keeps leading zeros"),
            Map.entry(AWS_REGION, "an AWS region such as eu-west-1"),
            Map.entry(CONFLUENT_ORG_ID, "a Confluent organization id (a UUID)"),
            Map.entry(ENVIRONMENT_ID, "a Confluent environment id such as env-7q2x9m"),
            Map.entry(KAFKA_CLUSTER_ID, "a Kafka cluster id such as lkc-5k3p2d"),
            Map.entry(GATEWAY_ID, "a Confluent gateway id such as gw-4v8n1c"),
            Map.entry(HTTPS_URL, "an https:// endpoint with no path, such as https://lkc-5k3p2d.eu-west-1.aws.confluent.cloud:443"),
            Map.entry(VERSION_CONSTRAINT, "a Terraform version constraint such as \"~> 2.50\""),
            Map.entry(CONNECTOR_CLASS, "a Confluent Cloud plugin id such as S3_SINK or PostgresCdcSourceV2"),
            Map.entry(ROLE_NAME, "a Confluent role name such as ConnectManager"),
            Map.entry(RELATIVE_PATH, "a relative path without '..'"),
            Map.entry(READ_PATH, "a relative path such as departments or ../departments"),
            Map.entry(BUCKET_KEY_PREFIX, "empty or path segments ending in '/', such as connect/, without '..'"),
            Map.entry(DYNAMODB_TABLE, "a DynamoDB table name"),
            Map.entry(VPC_ID, "an AWS VPC id such as vpc-0a1b2c3d"),
            Map.entry(IPV4_CIDR, "an IPv4 CIDR block such as 10.40.0.0/24"),
            Map.entry(ACM_CERTIFICATE_ARN, "an ACM certificate ARN such as arn:aws:acm:eu-west-1:123456789012:certificate/<uuid>"),
            Map.entry(ROUTE53_ZONE_ID, "a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ"),
            Map.entry(PLUGIN_VERSION, "a plugin version such as 10.5.17 or 2.7.3.Final"),
            Map.entry(JAVA_CLASS, "a fully qualified Java class name such as io.confluent.connect.s3.S3SinkConnector"),
            Map.entry(REASON, "one line of 10 to 500 characters saying why (a ticket, where the data went)"));

    private NamePatterns() {
    }

    /** The human sentence for a pattern, or null when the pattern is not one of ours. */
    public static String ruleFor(String pattern) {
        return RULES.get(pattern);
    }
}
