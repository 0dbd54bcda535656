variable "prefix" {
  description = "Department prefix; topics start with \"<prefix>.\", groups and connectors with \"<prefix>-\"."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "organization_id" {
  description = "Confluent organization id (UUID)."
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
  description = "Kafka cluster id (lkc-...)."
  type        = string

  validation {
    condition     = can(regex("^lkc-[a-z0-9]+$", var.kafka_cluster_id))
    error_message = "kafka_cluster_id must look like \"lkc-5k3p2d\"."
  }
}

variable "runtime" {
  description = "\"managed\" (Confluent Cloud connectors) or \"self-managed\" (Connect workers on ECS)."
  type        = string

  validation {
    condition     = contains(["managed", "self-managed"], var.runtime)
    error_message = "runtime must be \"managed\" or \"self-managed\"."
  }
}

variable "sink_topics" {
  description = "Topics the sink connectors read (LITERAL READ each). Each must start with \"<prefix>.\"."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for t in var.sink_topics : can(regex("^[A-Za-z0-9._-]{1,249}$", t)) && startswith(t, "${var.prefix}.")])
    error_message = "sink_topics must be valid Kafka topic names starting with \"<prefix>.\" (the department's topics; the operators' role binding covers exactly these)."
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
  description = "Dead letter queue topics the connectors write to (LITERAL WRITE each), \"<prefix>.dlq.<connector>\"."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for t in var.dlq_topics : can(regex("^[A-Za-z0-9._-]{1,249}$", t)) && startswith(t, "${var.prefix}.dlq.")])
    error_message = "dlq_topics must be valid Kafka topic names starting with \"<prefix>.dlq.\"."
  }
}

variable "self_managed_worker" {
  description = "For self-managed runtime: worker group id and internal topics the workers' principal uses; null for managed."
  type = object({
    group_id        = string
    internal_topics = list(string)
  })
  default = null
}

variable "operator_connector_role" {
  description = "Role for the operators on \"<rbac_crn>/connector=<prefix>-*\"; null for none (prefix support on connector CRNs is UNCONFIRMED)."
  type        = string
  default     = null
}

variable "metrics_reader" {
  description = "\"none\": no MetricsViewer binding for the metrics reader; \"cluster\": MetricsViewer on the Kafka cluster's CRN, which shows the metrics of every department on that cluster. Never the organization."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "cluster"], var.metrics_reader)
    error_message = "metrics_reader must be \"none\" or \"cluster\"."
  }
}
