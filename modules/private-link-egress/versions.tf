terraform {
  required_version = ">= 1.9.0"

  required_providers {
    confluent = {
      source  = "confluentinc/confluent"
      version = "~> 2.83"
    }
    # connect-onboard's own provider (connect-onboard provider install): reads the access points' status.
    connectonboard = {
      source = "terraform.local/connect-onboard/connectonboard"
    }
  }
}
