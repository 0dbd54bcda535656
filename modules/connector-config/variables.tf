variable "prefix" {
  description = "Department prefix; connector names must start with \"<prefix>-\" and DLQ topics are named \"<prefix>.dlq.<connector-name>\"."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "connectors" {
  description = "Managed connectors, in the department module's shape. config values are passed through unchanged (a placeholder such as $${topic} must be escaped by the HCL writer, never rejected). secrets map a connector property to a Secrets Manager secret id (name or ARN) and a JSON key inside that secret."
  type = list(object({
    name              = string
    class             = string
    direction         = string
    tasks             = number
    paused            = bool
    topics            = list(string)
    iam_role          = optional(string)
    private_link      = optional(string)
    config            = map(string)
    secrets           = map(object({ secret_id = string, key = string }))
    errors_tolerance  = string
    dead_letter_queue = bool
  }))
  default = []

  validation {
    condition     = alltrue([for c in var.connectors : startswith(c.name, "${var.prefix}-")])
    error_message = "Every connector name must start with the department prefix followed by \"-\"."
  }

  validation {
    condition     = alltrue([for c in var.connectors : contains(["sink", "source"], c.direction)])
    error_message = "direction must be \"sink\" or \"source\"."
  }

  validation {
    condition     = alltrue([for c in var.connectors : contains(["none", "all"], c.errors_tolerance)])
    error_message = "errors_tolerance must be \"none\" or \"all\"."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.direction == "sink" || !c.dead_letter_queue])
    error_message = "dead_letter_queue is only supported for sink connectors."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.direction == "source" || length(c.topics) > 0])
    error_message = "A sink connector needs at least one topic."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.tasks >= 1 && floor(c.tasks) == c.tasks])
    error_message = "tasks must be a whole number of at least 1."
  }

  validation {
    condition = alltrue([for c in var.connectors : length(setintersection(keys(c.config), [
      "name", "connector.class", "tasks.max", "kafka.auth.mode", "kafka.service.account.id", "kafka.api.key", "kafka.api.secret",
      "topics", "errors.tolerance", "errors.deadletterqueue.topic.name", "authentication.method", "provider.integration.id",
    ])) == 0])
    error_message = "config must not set keys the module derives (name, connector.class, tasks.max, kafka.*, topics, errors.tolerance, errors.deadletterqueue.topic.name, authentication.method, provider.integration.id): use the dedicated fields."
  }

  validation {
    condition     = alltrue([for c in var.connectors : length(setintersection(keys(c.config), keys(c.secrets))) == 0])
    error_message = "A property cannot be both in config and in secrets."
  }

  validation {
    condition     = length(distinct([for c in var.connectors : c.name])) == length(var.connectors)
    error_message = "Connector names must be unique."
  }
}

variable "service_account_id" {
  description = "Id (sa-...) of the connectors' service account (kafka.service.account.id)."
  type        = string
}

variable "provider_integration_ids" {
  description = "Map of IAM role name (iamRoles[].name) to provider integration id (cspi-...), for connectors with iam_role."
  type        = map(string)
  default     = {}
}
