# This file is the contract with the connect-onboard generator: it renders generated/<department>/main.tf
# calling this module with exactly these variables.

variable "department" {
  description = "The department: name (slug), prefix (every resource name starts with it), owners (contacts, become a tag) and optional cost center (tag)."
  type = object({
    name        = string
    prefix      = string
    owners      = list(string)
    cost_center = optional(string)
  })

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.department.name))
    error_message = "department.name must be a slug: a lower-case letter followed by 1-30 lower-case letters, digits or hyphens."
  }

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.department.prefix))
    error_message = "department.prefix must be a lower-case slug of at most 20 characters, e.g. \"fin\"."
  }

  validation {
    condition     = length(var.department.owners) > 0
    error_message = "department.owners must name at least one owner."
  }
}

variable "platform" {
  description = "The shared Confluent/AWS platform (from the platform file). operator_connector_role null = no connector=<prefix>-* role binding. kafka_bootstrap_endpoint (optional) is needed only by self-managed departments; when null it is read with data.confluent_kafka_cluster. secret_recovery_window_days (default 0): recovery window of the workers' Kafka credentials secret, 0 or 7-30."
  type = object({
    name                     = string
    organization_id          = string
    environment_id           = string
    kafka_cluster_id         = string
    kafka_rest_endpoint      = string
    cloud                    = string
    region                   = string
    egress_gateway_id        = optional(string)
    aws_account_id           = string
    aws_region               = string
    operator_connector_role  = optional(string)
    kafka_bootstrap_endpoint = optional(string)
    # Days Secrets Manager keeps connect-onboard's own deleted secrets (0 = at once, so re-onboarding reuses names).
    secret_recovery_window_days = optional(number, 0)
  })

  validation {
    condition     = can(regex("^[0-9]{12}$", var.platform.aws_account_id))
    error_message = "platform.aws_account_id must be 12 digits, quoted."
  }

  validation {
    condition     = var.platform.secret_recovery_window_days == 0 || (var.platform.secret_recovery_window_days >= 7 && var.platform.secret_recovery_window_days <= 30)
    error_message = "platform.secret_recovery_window_days must be 0 or between 7 and 30 (Secrets Manager's limits)."
  }

  validation {
    condition     = can(regex("^lkc-[a-z0-9]+$", var.platform.kafka_cluster_id)) && can(regex("^env-[a-z0-9]+$", var.platform.environment_id))
    error_message = "platform.kafka_cluster_id must look like \"lkc-5k3p2d\" and platform.environment_id like \"env-7q2x9m\"."
  }
}

variable "isolation" {
  description = "What the department may reach (the platform file's isolation section, resolved for this department by the generator): secret_name_prefix every secret name starts with (e.g. \"fin/\"), bucket_name_prefix every IAM role bucket starts with (e.g. \"fin-\"), bucket_allowlist of legacy buckets, state_bucket (the Terraform state bucket, always refused; null for local state), metrics_reader \"none\" (no MetricsViewer binding) or \"cluster\" (MetricsViewer on the Kafka cluster)."
  type = object({
    secret_name_prefix = string
    bucket_name_prefix = string
    bucket_allowlist   = list(string)
    state_bucket       = optional(string)
    metrics_reader     = string
  })

  validation {
    condition     = strcontains(var.isolation.secret_name_prefix, var.department.prefix) && !endswith(var.isolation.secret_name_prefix, var.department.prefix) && can(regex("^[A-Za-z0-9/_+=.@-]+$", var.isolation.secret_name_prefix))
    error_message = "isolation.secret_name_prefix must hold the department prefix followed by a separator, e.g. \"fin/\"."
  }

  validation {
    condition     = can(regex("^[a-z0-9.-]+$", var.isolation.bucket_name_prefix)) && (strcontains(var.isolation.bucket_name_prefix, "${var.department.prefix}-") || strcontains(var.isolation.bucket_name_prefix, "${var.department.prefix}."))
    error_message = "isolation.bucket_name_prefix must hold the department prefix followed by \"-\" or \".\", e.g. \"fin-\"."
  }

  validation {
    condition     = var.isolation.state_bucket == null || !contains(var.isolation.bucket_allowlist, var.isolation.state_bucket)
    error_message = "isolation.bucket_allowlist must not name the Terraform state bucket."
  }

  validation {
    condition     = contains(["none", "cluster"], var.isolation.metrics_reader)
    error_message = "isolation.metrics_reader must be \"none\" or \"cluster\" (MetricsViewer binds at organization, environment or cluster; never the organization here)."
  }
}

variable "runtime" {
  description = "\"managed\" (Confluent Cloud fully managed connectors) or \"self-managed\" (Connect workers on AWS ECS Fargate)."
  type        = string

  validation {
    condition     = contains(["managed", "self-managed"], var.runtime)
    error_message = "runtime must be \"managed\" or \"self-managed\"."
  }
}

variable "self_managed" {
  description = "Worker settings; required when runtime is self-managed and must be null when managed."
  type = object({
    workers            = number
    image              = string
    cpu                = number
    memory             = number
    subnet_ids         = list(string)
    security_group_ids = list(string)
    log_retention_days = number
  })
  default = null

  validation {
    condition     = (var.runtime == "self-managed") == (var.self_managed != null)
    error_message = "self_managed must be set exactly when runtime is \"self-managed\" (a managed department takes no worker settings)."
  }
}

variable "topics" {
  description = "The department's own topics; names start with \"<prefix>.\"; config values are strings (e.g. retention.ms)."
  type = list(object({
    name       = string
    partitions = number
    config     = map(string)
  }))
  default = []
}

variable "private_link_egress" {
  description = "Endpoints the connectors reach over AWS PrivateLink: an access point and DNS records on the platform's egress gateway each, plus the AWS side's allowed principal."
  type = list(object({
    name                      = string
    vpc_endpoint_service_name = string
    dns_domains               = list(string)
  }))
  default = []

  validation {
    condition     = length(var.private_link_egress) == 0 || var.platform.egress_gateway_id != null
    error_message = "private_link_egress needs platform.egress_gateway_id (egressGatewayId in the platform file)."
  }
}

variable "iam_roles" {
  description = "AWS IAM roles the connectors assume, each with read or write access to the named S3 buckets (each starting with isolation.bucket_name_prefix or allowlisted, never the state bucket) and optionally the KMS keys of SSE-KMS buckets. s3_access: \"read\" | \"write\"."
  type = list(object({
    name         = string
    s3_buckets   = list(string)
    s3_access    = string
    kms_key_arns = optional(list(string), [])
  }))
  default = []

  validation {
    condition     = length(distinct([for r in var.iam_roles : r.name])) == length(var.iam_roles)
    error_message = "iam_roles names must be unique."
  }

  validation {
    condition     = alltrue(flatten([for r in var.iam_roles : [for b in r.s3_buckets : b != var.isolation.state_bucket && (startswith(b, var.isolation.bucket_name_prefix) || contains(var.isolation.bucket_allowlist, b))]]))
    error_message = "Every bucket of iam_roles must start with isolation.bucket_name_prefix or be in isolation.bucket_allowlist, and none may be the Terraform state bucket."
  }
}

variable "connectors" {
  description = "The department's connectors. Managed departments get a confluent_connector each; self-managed ones get only their ACLs, DLQ topics and secret access (the generator writes connectonboard_connector resources for them). secrets: property => {secret_id, key} in AWS Secrets Manager, never a value. paused: Terraform pauses the connector; keep_running: Terraform resumes it and keeps it running; neither: its status is left to Confluent Cloud (a FAILED connector never blocks a config fix)."
  type = list(object({
    name         = string
    class        = string
    direction    = string
    tasks        = number
    paused       = bool
    keep_running = optional(bool, false)
    # Sources the descriptor lets create their own topics (createsTopics): the prefix they create them under.
    creates_topics_under = optional(string)
    topics               = list(string)
    iam_role             = optional(string)
    private_link         = optional(string)
    config               = map(string)
    secrets              = map(object({ secret_id = string, key = string }))
    errors_tolerance     = string
    dead_letter_queue    = bool
  }))
  default = []

  validation {
    condition     = alltrue([for c in var.connectors : startswith(c.name, "${var.department.prefix}-")])
    error_message = "Every connector name must start with \"<prefix>-\"."
  }

  validation {
    condition     = alltrue([for c in var.connectors : contains(["sink", "source"], c.direction) && contains(["none", "all"], c.errors_tolerance)])
    error_message = "Every connector needs direction \"sink\" or \"source\" and errors_tolerance \"none\" or \"all\"."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.creates_topics_under == null ? true : c.direction == "source" && startswith(c.creates_topics_under, "${var.department.prefix}.")])
    error_message = "creates_topics_under is for source connectors and must start with \"<prefix>.\"."
  }

  validation {
    condition     = alltrue([for c in var.connectors : !(c.paused && c.keep_running)])
    error_message = "A connector cannot be both paused and keep_running."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.direction == "sink" || !c.dead_letter_queue])
    error_message = "dead_letter_queue is only supported for sink connectors."
  }

  validation {
    condition     = length(distinct([for c in var.connectors : c.name])) == length(var.connectors)
    error_message = "Connector names must be unique."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.iam_role == null ? true : contains([for r in var.iam_roles : r.name], c.iam_role)])
    error_message = "A connector's iam_role must name one of iam_roles."
  }

  validation {
    condition     = alltrue([for c in var.connectors : c.private_link == null ? true : contains([for p in var.private_link_egress : p.name], c.private_link)])
    error_message = "A connector's private_link must name one of private_link_egress."
  }

  # Secrets are read with the platform's credentials (managed: at plan time; self-managed: the task role's policy
  # lists them), so each must be the department's: a name under isolation.secret_name_prefix, or an ARN of the
  # platform's account and region with such a name.
  validation {
    condition = alltrue(flatten([for c in var.connectors : [for s in values(c.secrets) :
      startswith(s.secret_id, "arn:")
      ? try(split(":", s.secret_id)[2] == "secretsmanager" && split(":", s.secret_id)[3] == var.platform.aws_region && split(":", s.secret_id)[4] == var.platform.aws_account_id && split(":", s.secret_id)[5] == "secret" && startswith(split(":", s.secret_id)[6], var.isolation.secret_name_prefix), false)
      : startswith(s.secret_id, var.isolation.secret_name_prefix)
    ]]))
    error_message = "Every secret_id must be the department's: a name starting with isolation.secret_name_prefix, or an ARN of the platform's account and region whose name starts with it."
  }
}

variable "tags" {
  description = "Extra tags for every AWS resource; department, platform, cost center and owners are added by the module."
  type        = map(string)
  default     = {}
}

variable "connect_config_secret_kms_key_arns" {
  description = "Optional: customer-managed KMS keys encrypting the connectors' secrets (self-managed task role gets kms:Decrypt on them)."
  type        = list(string)
  default     = []
}

variable "self_managed_rest_access" {
  description = "Self-managed only (the platform file's selfManagedConnect.rest): VPC, load balancer subnets, deploy network CIDRs, ACM certificate, private Route 53 zone and domain of the workers' REST API."
  type = object({
    vpc_id          = string
    subnet_ids      = list(string)
    deploy_cidrs    = list(string)
    certificate_arn = string
    private_zone_id = string
    domain          = string
  })
  default = null

  validation {
    condition     = (var.runtime == "self-managed") == (var.self_managed_rest_access != null)
    error_message = "self_managed_rest_access must be set exactly when runtime is \"self-managed\" (from the platform file's selfManagedConnect.rest)."
  }
}
