variable "environment_id" {
  description = "Confluent environment id (env-...)."
  type        = string

  validation {
    condition     = can(regex("^env-[a-z0-9]+$", var.environment_id))
    error_message = "environment_id must look like \"env-7q2x9m\"."
  }
}

variable "kafka_cluster_id" {
  description = "Kafka cluster id (lkc-...) the connectors run against."
  type        = string

  validation {
    condition     = can(regex("^lkc-[a-z0-9]+$", var.kafka_cluster_id))
    error_message = "kafka_cluster_id must look like \"lkc-5k3p2d\"."
  }
}

variable "connectors" {
  description = "Map of connector name to {config_nonsensitive, status}; config_nonsensitive comes from connector-config and must contain \"name\" equal to the map key. status: \"PAUSED\" pauses the connector, \"RUNNING\" resumes it, null (default) leaves it to Confluent Cloud, so a FAILED connector never blocks a config fix."
  type = map(object({
    config_nonsensitive = map(string)
    status              = optional(string)
  }))
  default = {}

  validation {
    condition     = alltrue([for c in values(var.connectors) : c.status == null ? true : contains(["PAUSED", "RUNNING"], c.status)])
    error_message = "A connector's status must be \"PAUSED\", \"RUNNING\" or null (leave it to Confluent Cloud)."
  }
}

variable "config_sensitive" {
  description = "Map of connector name to its sensitive properties (from connector-config); connectors without secrets may be absent."
  type        = map(map(string))
  default     = {}
  sensitive   = true
}

variable "prerequisite_ids" {
  description = "Ids the connectors must wait for: ACLs, topics, IAM role policies, provider integrations, access points and DNS records."
  type        = list(string)
  default     = []
}

variable "create_timeout" {
  description = "How long an apply waits for a new connector to reach RUNNING (provider default is 24h)."
  type        = string
  default     = "1h"

  validation {
    condition     = can(regex("^[0-9]+(s|m|h)$", var.create_timeout))
    error_message = "create_timeout must be a duration such as \"45m\" or \"1h\"."
  }
}
