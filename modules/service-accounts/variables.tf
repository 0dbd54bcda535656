variable "prefix" {
  description = "Department prefix; every service account display name, ACL and role binding is scoped to it (topics \"<prefix>.\", groups/connectors \"<prefix>-\")."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "department" {
  description = "Department name, used in descriptions."
  type        = string
}

variable "platform_name" {
  description = "Platform slug appended to display names (\"<prefix>-connectors-<platform>\") because service account names are unique per organization, not per environment."
  type        = string
}

variable "organization_id" {
  description = "Confluent organization id (UUID); part of every CRN the role bindings use."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.organization_id))
    error_message = "organization_id must be the organization UUID, e.g. \"0b3c5a8e-1111-2222-3333-444455556666\"."
  }
}

variable "environment_id" {
  description = "Confluent environment id (env-...)."
  type        = string

  validation {
    condition     = can(regex("^env-[a-z0-9]+$", var.environment_id))
    error_message = "environment_id must look like \"env-7q2x9m\"."
  }
}

variable "kafka_cluster_id" {
  description = "Kafka cluster id (lkc-...) the API keys, ACLs and role bindings apply to."
  type        = string

  validation {
    condition     = can(regex("^lkc-[a-z0-9]+$", var.kafka_cluster_id))
    error_message = "kafka_cluster_id must look like \"lkc-5k3p2d\"."
  }
}

variable "runtime" {
  description = "\"managed\" (Confluent Cloud connectors: connect-lcc/dlq-lcc/success-lcc/error-lcc grants) or \"self-managed\" (worker group, internal topics, connect-<prefix>- sink groups)."
  type        = string

  validation {
    condition     = contains(["managed", "self-managed"], var.runtime)
    error_message = "runtime must be \"managed\" or \"self-managed\"."
  }
}

variable "sink_topics" {
  description = "Topics the department's sink connectors read (LITERAL READ each). Each must start with \"<prefix>.\"."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for t in var.sink_topics : can(regex("^[A-Za-z0-9._-]{1,249}$", t)) && startswith(t, "${var.prefix}.")])
    error_message = "sink_topics must be valid Kafka topic names starting with \"<prefix>.\"."
  }
}

variable "source_topics" {
  description = "Topics the department's source connectors write, each declared and created by Terraform (LITERAL WRITE each; no CREATE)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for t in var.source_topics : can(regex("^[A-Za-z0-9._-]{1,249}$", t)) && startswith(t, "${var.prefix}.")])
    error_message = "source_topics must be valid Kafka topic names starting with \"<prefix>.\"."
  }
}

variable "source_topic_prefixes" {
  description = "Prefixes under which source connectors create their own topics (descriptor createsTopics: their topic.prefix plus \".\"); PREFIXED CREATE and WRITE each. Each must start with \"<prefix>.\"."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for p in var.source_topic_prefixes : startswith(p, "${var.prefix}.") && endswith(p, ".") && can(regex("^[A-Za-z0-9._-]{2,249}$", p))])
    error_message = "source_topic_prefixes must start with \"<prefix>.\", end with \".\" and hold only topic-name characters."
  }
}

variable "dlq_topics" {
  description = "Dead letter queue topics the connectors write to (LITERAL WRITE each)."
  type        = list(string)
  default     = []
}

variable "self_managed_worker" {
  description = "For runtime self-managed: the worker group id and internal topic names the connectors' principal (which the workers run as) needs."
  type = object({
    group_id        = string
    internal_topics = list(string)
  })
  default = null
}

variable "operator_connector_role" {
  description = "Role bound to the operators on \"<rbac_crn>/connector=<prefix>-*\" (e.g. \"ConnectManager\"); null creates no connector binding. UNCONFIRMED by Confluent that connector CRNs accept a prefix: test in a sandbox."
  type        = string
  default     = null
}

variable "create_connectors_api_key" {
  description = "Create a Kafka API key for the connectors service account. Self-managed workers authenticate with it; managed connectors use kafka.auth.mode SERVICE_ACCOUNT and need none."
  type        = bool
  default     = true
}

variable "metrics_reader" {
  description = "\"none\" (default): the metrics reader gets no MetricsViewer binding, so its Cloud API key reads nothing; \"cluster\": MetricsViewer on the Kafka cluster, which shows every department's metrics on it. Never the organization."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "cluster"], var.metrics_reader)
    error_message = "metrics_reader must be \"none\" or \"cluster\"."
  }
}

variable "create_metrics_reader" {
  description = "Create the metrics-reader service account and its Cloud API key (its MetricsViewer binding follows metrics_reader)."
  type        = bool
  default     = true
}

variable "role_binding_disable_wait_for_ready" {
  description = "Skip the provider's 90 s propagation wait after each role binding (faster, but dependants may briefly get 403)."
  type        = bool
  default     = false
}

variable "api_key_disable_wait_for_ready" {
  description = "Skip the provider's readiness probe of new Kafka API keys (set true when the cluster REST endpoint is not reachable from where Terraform runs)."
  type        = bool
  default     = false
}
