variable "prefix" {
  description = "Department prefix; every topic name must start with \"<prefix>.\"."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "topics" {
  description = "The department's own topics. config holds Kafka topic configs as strings (e.g. {\"retention.ms\" = \"604800000\"})."
  type = list(object({
    name       = string
    partitions = number
    config     = map(string)
  }))
  default = []

  validation {
    condition     = alltrue([for t in var.topics : can(regex("^[A-Za-z0-9._-]{1,249}$", t.name)) && t.partitions >= 1])
    error_message = "Every topic needs a valid Kafka name (letters, digits, '.', '_', '-', at most 249 characters) and at least 1 partition."
  }

  validation {
    condition     = length(distinct([for t in var.topics : t.name])) == length(var.topics)
    error_message = "Topic names must be unique."
  }

  validation {
    condition     = alltrue([for t in var.topics : startswith(t.name, "${var.prefix}.")])
    error_message = "Every topic name must start with the department prefix followed by a dot."
  }
}

variable "dlq_topics" {
  description = "Dead letter queue topic names (\"<prefix>.dlq.<connector-name>\")."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for t in var.dlq_topics : startswith(t, "${var.prefix}.dlq.") && can(regex("^[A-Za-z0-9._-]{1,249}$", t))])
    error_message = "Every DLQ topic must be a valid Kafka name starting with \"<prefix>.dlq.\"."
  }
}

variable "dlq_partitions" {
  description = "Partitions of each DLQ topic."
  type        = number
  default     = 1
}

variable "dlq_config" {
  description = "Topic configs of each DLQ topic."
  type        = map(string)
  default = {
    "retention.ms" = "1209600000" # 14 days: long enough to triage a failed record
  }
}

variable "connect_internal_topics" {
  description = "For self-managed workers: names of the three internal topics (configs, offsets, status); null creates none. They are compacted, and configs has exactly one partition as Kafka Connect requires."
  type = object({
    configs = string
    offsets = string
    status  = string
  })
  default = null
}

variable "internal_offsets_partitions" {
  description = "Partitions of the offsets internal topic (Kafka Connect's default is 25)."
  type        = number
  default     = 25
}

variable "internal_status_partitions" {
  description = "Partitions of the status internal topic (Kafka Connect's default is 5)."
  type        = number
  default     = 5
}

variable "schema_history_topics" {
  description = "Schema history topics of self-managed Debezium connectors: one partition, infinite retention."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for t in var.schema_history_topics : startswith(t, "${var.prefix}.")])
    error_message = "Schema history topics must start with \"<prefix>.\"."
  }
}
