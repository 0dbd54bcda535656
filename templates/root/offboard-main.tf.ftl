<#include "header.ftl">

# OFFBOARDING: the descriptor marks department ${m.departmentName} as leaving (offboarding:, acknowledged under
# acknowledgements). The department module is no longer called, so `terraform apply` destroys everything this
# state holds for it, dependents before what they depend on (the order recorded when they were created): the
# connectors first (they depend on the department's ACLs, topics, roles and Private Link), then the workers, the
# topics, ACLs and role bindings, then the API keys (the ACLs and role bindings depend on them), the service
# accounts last. Topics listed under offboarding.keepTopics are released from the state instead (below).
locals {
  offboarded = {
    department = ${hcl(m.departmentName)}
    prefix = ${hcl(m.prefix)}
  }
}
<#if m.offboard.restCredentialsSecret??>

# The workers' REST user and password, read while planning: the connectonboard provider deletes the connectors on
# the workers before the workers themselves are destroyed.
data "aws_secretsmanager_secret_version" "rest_credentials" {
  secret_id = ${hcl(m.offboard.restCredentialsSecret)}
}
</#if>
<#list m.offboard.keptTopics as kept>

# Kept: ${kept.topic} and its records stay in the cluster, no longer managed by Terraform. A removed block cannot
# name one instance of a for_each resource, so the topic is first moved to an address of its own.
moved {
  from = ${kept.from}
  to = ${kept.to}
}

removed {
  from = ${kept.to}

  lifecycle {
    destroy = false
  }
}
</#list>
