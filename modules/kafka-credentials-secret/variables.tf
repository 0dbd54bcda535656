variable "name" {
  description = "Name of the Secrets Manager secret, e.g. \"fin/connect-worker/kafka\". The department module uses \"<prefix>/connect-worker/kafka-api-key\"."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9/_+=.@-]{1,512}$", var.name))
    error_message = "name may contain only letters, digits and /_+=.@- (Secrets Manager secret name rules)."
  }
}

variable "api_key" {
  description = "Kafka API key id the Connect workers authenticate with."
  type        = string
}

variable "api_secret" {
  description = "Kafka API key secret; stored only in the secret (and, unavoidably, in Terraform state)."
  type        = string
  sensitive   = true
}

variable "kms_key_id" {
  description = "Optional KMS key (id, alias or ARN) that encrypts the secret; null uses the account's aws/secretsmanager key."
  type        = string
  default     = null
}

variable "recovery_window_in_days" {
  description = "Days Secrets Manager keeps the secret after deletion (0 deletes at once so a re-onboarding can reuse the name; 7-30 otherwise)."
  type        = number
  default     = 7

  validation {
    condition     = var.recovery_window_in_days == 0 || (var.recovery_window_in_days >= 7 && var.recovery_window_in_days <= 30)
    error_message = "recovery_window_in_days must be 0 or between 7 and 30."
  }
}

variable "tags" {
  description = "Tags applied to the secret."
  type        = map(string)
  default     = {}
}
