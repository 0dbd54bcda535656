variable "prefix" {
  description = "Department prefix; integration display names are \"<prefix>-<name>\" and role names \"<prefix>-<name>\"."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,19}$", var.prefix))
    error_message = "prefix must be a lower-case slug of at most 20 characters (letters, digits, hyphens), e.g. \"fin\"."
  }
}

variable "environment_id" {
  description = "Confluent environment id (env-...) the integrations belong to."
  type        = string

  validation {
    condition     = can(regex("^env-[a-z0-9]+$", var.environment_id))
    error_message = "environment_id must look like \"env-7q2x9m\"."
  }
}

variable "aws_account_id" {
  description = "AWS account (12 digits) in which aws-connector-role creates the roles; the customer role ARN is built from it before the role exists."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be 12 digits, quoted, e.g. \"123456789012\"."
  }
}

variable "role_names" {
  description = "Names of the department's IAM roles as declared (iamRoles[].name), without the prefix."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for n in var.role_names : can(regex("^[a-z0-9][a-z0-9-]*$", n))])
    error_message = "role_names must contain only lower-case letters, digits and hyphens."
  }
}
