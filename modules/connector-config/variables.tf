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

  # A name starts with the department's secret path; an ARN names the platform's account and region and a name
  # with that start (an ARN's name never holds ':', so element 6 is the whole name).
  validation {
    condition = alltrue(flatten([for c in var.connectors : [for s in values(c.secrets) :
      startswith(s.secret_id, "arn:")
      ? try(split(":", s.secret_id)[2] == "secretsmanager" && split(":", s.secret_id)[3] == var.aws_region && split(":", s.secret_id)[4] == var.aws_account_id && split(":", s.secret_id)[5] == "secret" && startswith(split(":", s.secret_id)[6], var.secret_name_prefix), false)
      : startswith(s.secret_id, var.secret_name_prefix)
    ]]))
    error_message = "Every secret_id must be a secret of the department: a name starting with secret_name_prefix, or an ARN of the platform's account and region whose name starts with it."
  }
}

variable "secret_name_prefix" {
  description = "Start of every secret name the department may reference (the platform's isolation.secretIdPattern with its prefix, e.g. \"fin/\"). Every secret is read at plan time with the platform's credentials, so a secret outside it fails the plan before it is read."
  type        = string

  validation {
    condition     = strcontains(var.secret_name_prefix, var.prefix) && can(regex("^[A-Za-z0-9/_+=.@-]+$", var.secret_name_prefix)) && !endswith(var.secret_name_prefix, var.prefix)
    error_message = "secret_name_prefix must hold the department prefix followed by a separator, e.g. \"fin/\"."
  }
}

variable "aws_account_id" {
  description = "The platform's AWS account (12 digits): a secret given as an ARN must be in it."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be 12 digits, quoted, e.g. \"123456789012\"."
  }
}

variable "aws_region" {
  description = "The platform's AWS region: a secret given as an ARN must be in it."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.aws_region))
    error_message = "aws_region must be an AWS region name such as \"eu-west-1\"."
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
