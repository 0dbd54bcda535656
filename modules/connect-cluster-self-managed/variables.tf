variable "prefix" {
  description = "Department prefix. Names the ECS cluster/service (\"<prefix>-connect\"), the worker group id (\"<prefix>-connect\") and the internal topics (\"<prefix>.connect-configs|offsets|status\")."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "workers" {
  description = "Number of Kafka Connect worker tasks (ECS desired count)."
  type        = number

  validation {
    condition     = var.workers >= 1 && var.workers <= 20 && floor(var.workers) == var.workers
    error_message = "workers must be a whole number between 1 and 20."
  }
}

variable "image" {
  description = "Container image of the workers, e.g. \"confluentinc/cp-kafka-connect:7.7.1\" or a derived image. It must contain the AWS Secrets Manager config provider plugin (confluentinc/csid-secrets-provider-aws) and the connector plugins; see README."
  type        = string

  validation {
    condition     = length(trimspace(var.image)) > 0 && !can(regex("\\s", var.image))
    error_message = "image must be a container image reference without spaces, e.g. \"confluentinc/cp-kafka-connect:7.7.1\"."
  }
}

variable "cpu" {
  description = "Fargate task CPU units (256, 512, 1024, 2048, 4096, 8192 or 16384)."
  type        = number

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "cpu must be one of the Fargate sizes 256, 512, 1024, 2048, 4096, 8192, 16384."
  }
}

variable "memory" {
  description = "Fargate task memory in MiB; must be a valid combination with cpu (e.g. 2048 for cpu 1024). The JVM heap is set to 75% of it."
  type        = number

  validation {
    condition     = var.memory >= 1024 && var.memory <= 122880 && floor(var.memory) == var.memory
    error_message = "memory must be a whole number of MiB between 1024 and 122880 (a Connect worker needs at least 1 GiB)."
  }
}

variable "subnet_ids" {
  description = "Private subnets the worker tasks run in; they need a route to the Kafka bootstrap endpoint and to Secrets Manager/CloudWatch Logs."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) > 0 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "subnet_ids must list at least one id like \"subnet-0a1b2c3d\"."
  }
}

variable "security_group_ids" {
  description = "Security groups of the worker tasks; must allow egress to Kafka (9092) and, between workers, the REST port 8083."
  type        = list(string)

  validation {
    condition     = length(var.security_group_ids) > 0 && alltrue([for s in var.security_group_ids : can(regex("^sg-[0-9a-f]+$", s))])
    error_message = "security_group_ids must list at least one id like \"sg-0a1b2c3d\"."
  }
}

variable "log_retention_days" {
  description = "Retention of the CloudWatch log group the department's operators read the worker logs from."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "aws_region" {
  description = "AWS region of the workers; used for the log driver and the Secrets Manager config provider."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.aws_region))
    error_message = "aws_region must be an AWS region name such as \"eu-west-1\"."
  }
}

variable "kafka_bootstrap_endpoint" {
  description = "Kafka bootstrap servers as host:port (a \"SASL_SSL://\" scheme, as the Confluent API returns it, is stripped)."
  type        = string

  validation {
    condition     = can(regex("^([A-Za-z_]+://)?[A-Za-z0-9.-]+:[0-9]+$", var.kafka_bootstrap_endpoint))
    error_message = "kafka_bootstrap_endpoint must be host:port, e.g. \"pkc-abc12.eu-west-1.aws.confluent.cloud:9092\"."
  }
}

variable "kafka_credentials_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the workers' Kafka API key as JSON with a \"sasl_jaas_config\" key (see kafka-credentials-secret). Injected as ECS secrets; only the execution role can read it."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", var.kafka_credentials_secret_arn))
    error_message = "kafka_credentials_secret_arn must be a Secrets Manager secret ARN."
  }
}

variable "connector_secret_arns" {
  description = "Secrets Manager ARNs (or ARN patterns ending in \"-??????\") the connectors reference with $${secretsmanager:<secret-id>:<key>}. The task role may read exactly these."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.connector_secret_arns : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[^*]+$", a))])
    error_message = "connector_secret_arns must be Secrets Manager ARNs; a \"*\" wildcard is not allowed (use the \"-??????\" suffix for a secret name)."
  }
}

variable "assumable_role_arns" {
  description = "IAM roles (e.g. from aws-connector-role) the connectors may assume through the task role, for S3 and similar."
  type        = list(string)
  default     = []
}

variable "kms_key_arns" {
  description = "Customer-managed KMS keys that encrypt the secrets above; the roles get kms:Decrypt on exactly these."
  type        = list(string)
  default     = []
}

variable "worker_properties" {
  description = "Extra Connect worker properties (e.g. {\"key.converter\" = \"io.confluent.connect.avro.AvroConverter\"}). Turned into CONNECT_* environment variables as the cp-kafka-connect image expects. Secrets do not belong here."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.worker_properties) : can(regex("^[a-z0-9.]+$", k))])
    error_message = "worker_properties keys must be lower-case dotted property names such as \"key.converter\" (the image cannot express other characters)."
  }
}

variable "confluent_hub_plugins" {
  description = "Connector plugins to install with confluent-hub at container start (needs internet egress; prefer baking them into the image)."
  type        = list(string)
  default     = []
}

variable "enable_execute_command" {
  description = "Allow ECS Exec into the workers (for operators to reach the REST API on localhost:8083); adds the SSM channel permissions to the task role."
  type        = bool
  default     = false
}

variable "assign_public_ip" {
  description = "Give worker tasks a public IP (only for subnets without NAT; keep false in private subnets)."
  type        = bool
  default     = false
}

variable "container_insights" {
  description = "Enable CloudWatch Container Insights on the ECS cluster."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags applied to every AWS resource (department, cost center, platform)."
  type        = map(string)
  default     = {}
}

variable "start_after" {
  description = "Ids the worker service must wait for (internal topics, ACLs): workers that start earlier crash-loop or auto-create their internal topics."
  type        = list(string)
  default     = []
}

variable "rest_access" {
  description = "How the platform's deploy network reaches the workers' REST API: the VPC, private subnets of the internal load balancer, the deploy network's CIDRs (the only allowed sources), the ACM certificate of the TLS listener (it must cover <prefix>-connect.<domain>), and the private Route 53 zone and domain of the stable name."
  type = object({
    vpc_id          = string
    subnet_ids      = list(string)
    deploy_cidrs    = list(string)
    certificate_arn = string
    private_zone_id = string
    domain          = string
  })

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.rest_access.vpc_id)) && length(var.rest_access.subnet_ids) > 0 && alltrue([for s in var.rest_access.subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "rest_access needs a vpc_id like \"vpc-0a1b2c3d\" and at least one subnet id like \"subnet-0a1b2c3d\"."
  }

  validation {
    condition     = length(var.rest_access.deploy_cidrs) > 0 && alltrue([for c in var.rest_access.deploy_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "rest_access.deploy_cidrs must list the deploy network's IPv4 CIDRs (not 0.0.0.0/0)."
  }

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.rest_access.certificate_arn)) && can(regex("^Z[A-Z0-9]+$", var.rest_access.private_zone_id)) && can(regex("^([a-z0-9-]+\\.)+[a-z]{2,}$", var.rest_access.domain))
    error_message = "rest_access needs an ACM certificate ARN, a Route 53 zone id like \"Z0123456789ABCDEFGHIJ\" and a lower-case domain like \"connect.internal.example.org\"."
  }
}

variable "rest_credentials_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the REST user as JSON {username, password} (see rest-credentials-secret). Injected as ECS secrets; the start command writes the basic-auth extension's user file from it."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", var.rest_credentials_secret_arn))
    error_message = "rest_credentials_secret_arn must be a Secrets Manager secret ARN."
  }
}
