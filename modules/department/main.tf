# Root modules configure both providers. Topics and ACLs rely on the Confluent provider's single-cluster
# settings (kafka_id, kafka_rest_endpoint, kafka_api_key, kafka_api_secret) besides the Cloud API key.

locals {
  prefix       = var.department.prefix
  managed      = var.runtime == "managed"
  self_managed = var.runtime == "self-managed"

  tags = merge(
    var.tags,
    {
      Department = var.department.name
      Platform   = var.platform.name
      ManagedBy  = "connect-onboard"
      Owners     = substr(join(" ", var.department.owners), 0, 256)
    },
    var.department.cost_center == null ? {} : { CostCenter = var.department.cost_center },
  )

  sink_topics           = distinct(flatten([for c in var.connectors : c.topics if c.direction == "sink"]))
  source_topics         = distinct(flatten([for c in var.connectors : c.topics if c.direction == "source"]))
  source_topic_prefixes = distinct(compact([for c in var.connectors : c.creates_topics_under if c.direction == "source"]))
  dlq_topics            = { for c in var.connectors : c.name => format("%s.dlq.%s", local.prefix, c.name) if c.dead_letter_queue }

  connect_group_id = "${local.prefix}-connect"
  internal_topics = {
    configs = "${local.prefix}.connect-configs"
    offsets = "${local.prefix}.connect-offsets"
    status  = "${local.prefix}.connect-status"
  }

  # Secrets Manager appends 6 random characters to a secret's ARN; "-??????" matches exactly that suffix.
  connector_secret_arns = distinct([
    for s in flatten([for c in var.connectors : values(c.secrets)]) :
    startswith(s.secret_id, "arn:") ? s.secret_id : "arn:aws:secretsmanager:${var.platform.aws_region}:${var.platform.aws_account_id}:secret:${s.secret_id}-??????"
  ])

  managed_connectors = local.managed ? var.connectors : []

  # Outputs of optional modules as plain maps ({} when the module has no instance; merge ignores null).
  integrations       = merge({}, one(module.provider_integration[*].integrations))
  private_link_ready = merge({}, one(module.private_link_egress[*].ready_ids))
}

# ---------------------------------------------------------------- identities and access

module "service_accounts" {
  source = "../service-accounts"

  prefix                  = local.prefix
  department              = var.department.name
  platform_name           = var.platform.name
  organization_id         = var.platform.organization_id
  environment_id          = var.platform.environment_id
  kafka_cluster_id        = var.platform.kafka_cluster_id
  runtime                 = var.runtime
  sink_topics             = local.sink_topics
  source_topics           = local.source_topics
  source_topic_prefixes   = local.source_topic_prefixes
  dlq_topics              = values(local.dlq_topics)
  operator_connector_role = var.platform.operator_connector_role
  metrics_reader          = var.isolation.metrics_reader
  # Managed connectors authenticate as the service account itself; only workers need a key.
  create_connectors_api_key = local.self_managed
  self_managed_worker = local.self_managed ? {
    group_id        = local.connect_group_id
    internal_topics = values(local.internal_topics)
  } : null
}

# ---------------------------------------------------------------- topics

module "topics" {
  source = "../topics"

  prefix                  = local.prefix
  topics                  = var.topics
  dlq_topics              = values(local.dlq_topics)
  connect_internal_topics = local.self_managed ? local.internal_topics : null
}

# ---------------------------------------------------------------- IAM roles for connectors

module "provider_integration" {
  source = "../provider-integration"
  count  = local.managed && length(var.iam_roles) > 0 ? 1 : 0

  prefix         = local.prefix
  environment_id = var.platform.environment_id
  aws_account_id = var.platform.aws_account_id
  role_names     = [for r in var.iam_roles : r.name]
}

module "aws_connector_role" {
  source   = "../aws-connector-role"
  for_each = { for r in var.iam_roles : r.name => r }

  prefix     = local.prefix
  name       = each.key
  s3_buckets = each.value.s3_buckets
  s3_access  = each.value.s3_access
  tags       = local.tags

  bucket_name_prefix = var.isolation.bucket_name_prefix
  bucket_allowlist   = var.isolation.bucket_allowlist
  state_bucket       = var.isolation.state_bucket
  kms_key_arns       = each.value.kms_key_arns
  aws_account_id     = var.platform.aws_account_id
  aws_region         = var.platform.aws_region

  # Managed: only Confluent's role, with the integration's external id. Self-managed: only the workers' task role.
  trusted_role_arn = local.managed ? local.integrations[each.key].iam_role_arn : one(module.connect_cluster[*].task_role_arn)
  external_id      = local.managed ? local.integrations[each.key].external_id : null
}

# ---------------------------------------------------------------- Private Link egress

module "private_link_egress" {
  source = "../private-link-egress"
  count  = length(var.private_link_egress) > 0 ? 1 : 0

  prefix         = local.prefix
  environment_id = var.platform.environment_id
  gateway_id     = var.platform.egress_gateway_id
  endpoints      = var.private_link_egress
  aws_side_ready = values(module.aws_endpoint_service_principal[0].allowed_principal_ids)
}

module "aws_endpoint_service_principal" {
  source = "../aws-endpoint-service-principal"
  count  = length(var.private_link_egress) > 0 ? 1 : 0

  endpoint_service_names = { for p in var.private_link_egress : p.name => p.vpc_endpoint_service_name }
  principal_arn          = module.private_link_egress[0].gateway_principal_arn
}

# ---------------------------------------------------------------- managed connectors

module "connector_config" {
  source = "../connector-config"
  count  = length(local.managed_connectors) > 0 ? 1 : 0

  prefix                   = local.prefix
  secret_name_prefix       = var.isolation.secret_name_prefix
  aws_account_id           = var.platform.aws_account_id
  aws_region               = var.platform.aws_region
  connectors               = local.managed_connectors
  service_account_id       = module.service_accounts.connectors_service_account_id
  provider_integration_ids = { for name, pi in local.integrations : name => pi.id }
}

module "connectors" {
  source = "../connectors"
  count  = length(local.managed_connectors) > 0 ? 1 : 0

  environment_id   = var.platform.environment_id
  kafka_cluster_id = var.platform.kafka_cluster_id
  connectors = {
    for c in local.managed_connectors : c.name => {
      config_nonsensitive = module.connector_config[0].config_nonsensitive[c.name]
      status              = c.paused ? "PAUSED" : c.keep_running ? "RUNNING" : null
    }
  }
  config_sensitive = module.connector_config[0].config_sensitive

  prerequisite_ids = concat(
    values(module.service_accounts.connector_acl_ids),
    module.topics.topic_ids,
    [for r in module.aws_connector_role : r.policy_id],
    flatten(values(local.private_link_ready)),
  )
}

# ---------------------------------------------------------------- self-managed Connect workers

data "confluent_kafka_cluster" "platform" {
  count = local.self_managed && var.platform.kafka_bootstrap_endpoint == null ? 1 : 0

  id = var.platform.kafka_cluster_id

  environment {
    id = var.platform.environment_id
  }
}

module "kafka_credentials_secret" {
  source = "../kafka-credentials-secret"
  count  = local.self_managed ? 1 : 0

  name                    = "${local.prefix}/connect-worker/kafka-api-key"
  api_key                 = module.service_accounts.connectors_api_key_id
  api_secret              = module.service_accounts.connectors_api_key_secret
  recovery_window_in_days = var.platform.secret_recovery_window_days
  tags                    = local.tags
}

module "rest_credentials_secret" {
  source = "../rest-credentials-secret"
  count  = local.self_managed ? 1 : 0

  name                    = "${local.prefix}/connect-worker/rest-credentials"
  recovery_window_in_days = var.platform.secret_recovery_window_days
  tags                    = local.tags
}

module "connect_cluster" {
  source = "../connect-cluster-self-managed"
  count  = local.self_managed ? 1 : 0

  prefix             = local.prefix
  workers            = var.self_managed.workers
  image              = var.self_managed.image
  cpu                = var.self_managed.cpu
  memory             = var.self_managed.memory
  subnet_ids         = var.self_managed.subnet_ids
  security_group_ids = var.self_managed.security_group_ids
  log_retention_days = var.self_managed.log_retention_days
  aws_region         = var.platform.aws_region
  tags               = local.tags

  kafka_bootstrap_endpoint     = one(concat(compact([var.platform.kafka_bootstrap_endpoint]), data.confluent_kafka_cluster.platform[*].bootstrap_endpoint))
  kafka_credentials_secret_arn = module.kafka_credentials_secret[0].secret_arn
  rest_credentials_secret_arn  = module.rest_credentials_secret[0].secret_arn
  rest_access                  = var.self_managed_rest_access
  connector_secret_arns        = local.connector_secret_arns
  kms_key_arns                 = var.connect_config_secret_kms_key_arns
  # The roles trust the task role, so their ARNs are built here rather than read from aws_connector_role (no cycle).
  assumable_role_arns = [for r in var.iam_roles : "arn:aws:iam::${var.platform.aws_account_id}:role/${local.prefix}-${r.name}"]

  # Workers start only once their internal topics and ACLs exist (they must not auto-create them).
  start_after = concat(values(module.service_accounts.connector_acl_ids), module.topics.topic_ids)
}
