variable "prefix" {
  description = "Department prefix; access point and DNS record display names are \"<prefix>-<name>...\"."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
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

variable "gateway_id" {
  description = "The platform's egress gateway id (gw-...), from the platform file's egressGatewayId."
  type        = string

  validation {
    condition     = can(regex("^gw-[a-z0-9]+$", var.gateway_id))
    error_message = "gateway_id must look like \"gw-4v8n1c\"; set egressGatewayId in the platform file."
  }
}

variable "endpoints" {
  description = "Private Link egress entries: name, the AWS VPC endpoint service name, the DNS domains connectors use to reach it, and who owns the service (\"platform\": accepted by Terraform through aws-endpoint-service-principal; \"external\": accepted by its owner)."
  type = list(object({
    name                      = string
    vpc_endpoint_service_name = string
    dns_domains               = list(string)
    service_owner             = optional(string, "platform")
  }))

  validation {
    condition     = alltrue([for e in var.endpoints : can(regex("^com\\.amazonaws\\.vpce\\.[a-z0-9-]+\\.vpce-svc-[0-9a-f]{8,17}$", e.vpc_endpoint_service_name))])
    error_message = "vpc_endpoint_service_name must look like \"com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0\"."
  }

  validation {
    condition     = alltrue([for e in var.endpoints : length(e.dns_domains) > 0 && alltrue([for d in e.dns_domains : can(regex("^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", d))])])
    error_message = "Every entry needs at least one DNS domain, written as a lower-case FQDN such as \"payments-db.fin.internal.example.org\"."
  }

  validation {
    condition     = alltrue([for e in var.endpoints : contains(["platform", "external"], e.service_owner)])
    error_message = "service_owner must be \"platform\" (the endpoint service is in the platform's AWS account) or \"external\"."
  }

  validation {
    condition     = length(distinct([for e in var.endpoints : e.name])) == length(var.endpoints)
    error_message = "Private Link egress entry names must be unique."
  }
}

variable "enable_high_availability" {
  description = "Create the access points' VPC endpoints in multiple zones (Confluent's enable_high_availability; cannot change later)."
  type        = bool
  default     = false
}

variable "aws_side_ready" {
  description = "Ids of the AWS-side allowed-principal permissions (aws-endpoint-service-principal.allowed_principal_ids); access points are created only after them, because Confluent's endpoint connects at creation."
  type        = list(string)
  default     = []
}

variable "accepted_ids" {
  description = "Ids of the endpoint connections Terraform accepted (aws-endpoint-service-principal.accepted_ids); the readiness check reads the access points after them."
  type        = map(string)
  default     = {}
}

variable "ready_timeout_seconds" {
  description = "How long each readiness check waits for its access point to be READY before failing with what to do (an external endpoint service's owner must accept the connection)."
  type        = number
  default     = 600

  validation {
    condition     = var.ready_timeout_seconds >= 0 && var.ready_timeout_seconds <= 3600
    error_message = "ready_timeout_seconds must be between 0 and 3600."
  }
}
