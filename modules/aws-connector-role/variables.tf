variable "prefix" {
  description = "Department prefix; the role is named \"<prefix>-<name>\"."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "name" {
  description = "Role name as declared in the department descriptor (iamRoles[].name), without the prefix."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]*$", var.name))
    error_message = "name must contain only lower-case letters, digits and hyphens, e.g. \"archive-writer\"."
  }
}

variable "trusted_role_arn" {
  description = "ARN of the only principal allowed to assume this role: for managed connectors the Confluent provider integration's aws[0].iam_role_arn, for self-managed workers the ECS task role ARN."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", var.trusted_role_arn))
    error_message = "trusted_role_arn must be an IAM role ARN such as \"arn:aws:iam::123456789012:role/confluent-abc\"."
  }
}

variable "external_id" {
  description = "sts:ExternalId the trusted principal must present (the provider integration's aws[0].external_id). Null only when trusting a role of the same organisation (self-managed workers)."
  type        = string
  default     = null
}

variable "s3_buckets" {
  description = "Names (not ARNs) of the S3 buckets the connector may use."
  type        = list(string)

  validation {
    condition     = length(var.s3_buckets) > 0 && alltrue([for b in var.s3_buckets : can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", b))])
    error_message = "s3_buckets must list at least one valid S3 bucket name (3-63 lower-case letters, digits, dots, hyphens), not an ARN and not a wildcard."
  }
}

variable "s3_access" {
  description = "\"read\" for source connectors (list + get objects), \"write\" for sink connectors (multipart put objects)."
  type        = string

  validation {
    condition     = contains(["read", "write"], var.s3_access)
    error_message = "s3_access must be \"read\" or \"write\"."
  }
}

variable "permissions_boundary_arn" {
  description = "Optional IAM permissions boundary policy ARN that the platform requires on every role."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags applied to the IAM role (department, cost center, platform)."
  type        = map(string)
  default     = {}
}
