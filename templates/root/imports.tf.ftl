<#include "header.ftl">

# What ran before the descriptor declared it (connect-onboard adopt, listed under `adopted:`): the first plan
# imports these instead of creating them, so a connector keeps its id, offsets and consumer group. Ids are the
# Confluent provider's documented import formats (confluentinc/terraform-provider-confluent,
# docs/resources/confluent_connector.md and confluent_kafka_topic.md, "Import"): <environment>/<cluster>/<connector>
# and <cluster>/<topic>. Once the state holds a resource, its import block is a no-op (Terraform skips an import
# whose target already has that id), so the blocks stay as long as `adopted:` lists them.
<#list m.imports as imported>

# ${imported.what}
import {
  to = ${imported.address}
  id = ${hcl(imported.id)}
}
</#list>
