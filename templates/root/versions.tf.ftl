<#include "header.ftl">

# The effective constraints: what the modules (and the state backend) need, narrowed by the platform file.
terraform {
  required_version = ${hcl(m.versions.terraform)}

  required_providers {
    confluent = {
      source = "confluentinc/confluent"
      version = ${hcl(m.versions.confluentProvider)}
    }
    aws = {
      source = "hashicorp/aws"
      version = ${hcl(m.versions.awsProvider)}
    }
<#if m.ownProvider??>
    connectonboard = {
      source = ${hcl(m.ownProvider.source)}
    }
</#if>
  }
}
