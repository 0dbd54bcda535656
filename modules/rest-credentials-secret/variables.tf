variable "name" {
  description = "Name of the Secrets Manager secret; the department module uses \"<prefix>/connect-worker/rest-credentials\"."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9/_+=.@-]{1,512}$", var.name))
    error_message = "name may contain only letters, digits and /_+=.@- (Secrets Manager secret name rules)."
  }
}

variable "username" {
  description = "REST user name the deploy pipeline and connectonboard provider authenticate as."
  type        = string
  default     = "connect-onboard"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,31}$", var.username))
    error_message = "username must be 3-32 lower-case letters, digits or hyphens, starting with a letter."
  }
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
