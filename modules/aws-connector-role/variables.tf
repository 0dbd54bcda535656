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
  description = "Names (not ARNs) of the S3 buckets the connector may use: each starts with bucket_name_prefix or is in bucket_allowlist, and none is state_bucket."
  type        = list(string)

  validation {
    condition     = length(var.s3_buckets) > 0 && alltrue([for b in var.s3_buckets : can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", b))])
    error_message = "s3_buckets must list at least one valid S3 bucket name (3-63 lower-case letters, digits, dots, hyphens), not an ARN and not a wildcard."
  }

  validation {
    condition     = alltrue([for b in var.s3_buckets : startswith(b, var.bucket_name_prefix) || contains(var.bucket_allowlist, b)])
    error_message = "Every bucket in s3_buckets must start with the department's bucket_name_prefix or be in its bucket_allowlist (the platform file's isolation section)."
  }

  validation {
    condition     = var.state_bucket == null || !contains(var.s3_buckets, var.state_bucket)
    error_message = "s3_buckets must not name the Terraform state bucket: it holds every department's state."
  }
}

variable "bucket_name_prefix" {
  description = "Start of every bucket the department may use (the platform's isolation.bucketPattern with its prefix, e.g. \"fin-\")."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9.-]+$", var.bucket_name_prefix)) && (strcontains(var.bucket_name_prefix, "${var.prefix}-") || strcontains(var.bucket_name_prefix, "${var.prefix}."))
    error_message = "bucket_name_prefix must hold the department prefix followed by \"-\" or \".\", e.g. \"fin-\"."
  }
}

variable "bucket_allowlist" {
  description = "Legacy buckets outside bucket_name_prefix the platform allows this department (isolation.bucketAllowlist)."
  type        = list(string)
  default     = []
}

variable "state_bucket" {
  description = "The platform's Terraform state bucket, refused in s3_buckets whatever the allowlist says; null for local state."
  type        = string
  default     = null
}

variable "kms_key_arns" {
  description = "KMS keys of SSE-KMS buckets: kms:Decrypt and kms:GenerateDataKey on exactly these, only through S3 in aws_region (kms:ViaService). Keys of aws_account_id only."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for k in var.kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:${var.aws_region}:${var.aws_account_id}:key/[0-9a-z-]+$", k))])
    error_message = "kms_key_arns must be KMS key ARNs (key/..., not aliases) in the platform's account and region."
  }
}

variable "aws_account_id" {
  description = "The platform's AWS account (12 digits); KMS keys must belong to it."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be 12 digits, quoted, e.g. \"123456789012\"."
  }
}

variable "aws_region" {
  description = "The platform's AWS region: the buckets are read through s3.<aws_region>.amazonaws.com, the only kms:ViaService allowed."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.aws_region))
    error_message = "aws_region must be an AWS region name such as \"eu-west-1\"."
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
