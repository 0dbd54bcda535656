<#include "header.ftl">

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    confluent = {
      source = "confluentinc/confluent"
      version = ${hcl(m.platform.confluentProviderVersion)}
    }
    aws = {
      source = "hashicorp/aws"
      version = ${hcl(m.platform.awsProviderVersion)}
    }
<#if m.quotaGate??>
    connectonboard = {
      source = ${hcl(m.quotaGate.providerSource)}
    }
</#if>
  }
}
