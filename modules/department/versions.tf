terraform {
  required_version = ">= 1.9.0"

  required_providers {
    confluent = {
      source  = "confluentinc/confluent"
      version = "~> 2.83"
    }
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
    # Used by private-link-egress (the access points' readiness check); configured by the root.
    connectonboard = {
      source = "terraform.local/connect-onboard/connectonboard"
    }
  }
}
