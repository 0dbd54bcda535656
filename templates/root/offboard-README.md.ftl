<!--
<#list m.header as line>
${line}
</#list>
-->
# Department `${m.departmentName}` (prefix `${m.prefix}`): offboarding

`${m.descriptorFile}` marks this department as leaving (`offboarding:`, with the acknowledgement
`{ department: ${m.departmentName}, action: delete }`). This root no longer calls the department module, so one
`terraform apply` deletes everything its state holds, dependents first: the connectors, then the workers (if
self-managed), topics, ACLs and role bindings, then the API keys, the service accounts last.

| topics | what happens |
| --- | --- |
| deleted, with every record | <#list m.offboard.deletedTopics as topic>`${topic}`<#sep>, </#sep><#else>none</#list><#if m.runtime != "managed">, and the Connect internal topics `${m.prefix}.connect-configs`, `${m.prefix}.connect-offsets`, `${m.prefix}.connect-status`</#if> |
| kept (released from state, not deleted) | <#list m.offboard.keptTopics as kept>`${kept.topic}`<#sep>, </#sep><#else>none</#list> |

`connect-onboard offboard --department ${m.departmentName}` printed what this destroys before the change was made.
Plan it, let the plan gate check it (`connect-onboard plan check`: the acknowledgement lets the deletes pass), and
apply the reviewed plan. Once the state is empty, delete the descriptor and this folder in a follow-up change.
