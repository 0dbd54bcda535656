variable "endpoint_service_names" {
  description = "Map of Private Link egress entry name to the VPC endpoint service name (\"com.amazonaws.vpce.<region>.vpce-svc-<id>\") that Confluent's egress gateway connects to. The services must belong to the AWS account the aws provider runs in."
  type        = map(string)

  validation {
    condition     = alltrue([for n in values(var.endpoint_service_names) : can(regex("^com\\.amazonaws\\.vpce\\.[a-z0-9-]+\\.vpce-svc-[0-9a-f]{8,17}$", n))])
    error_message = "Every endpoint service name must look like \"com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0\"."
  }
}

variable "principal_arn" {
  description = "Principal ARN of the Confluent egress Private Link gateway (data.confluent_gateway ... aws_egress_private_link_gateway[0].principal_arn)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:.+$", var.principal_arn))
    error_message = "principal_arn must be an IAM ARN such as \"arn:aws:iam::123456789012:role/...\"."
  }
}

variable "vpc_endpoint_ids" {
  description = "Map of the same entry names to the VPC endpoint Confluent created for each (\"vpce-...\", private-link-egress.vpc_endpoint_ids); its connection to the endpoint service is accepted here."
  type        = map(string)

  validation {
    condition     = alltrue([for id in values(var.vpc_endpoint_ids) : can(regex("^vpce-[0-9a-f]{8,17}$", id))])
    error_message = "Every VPC endpoint id must look like \"vpce-0123456789abcdef0\"."
  }
}
