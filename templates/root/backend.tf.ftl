<#include "header.ftl">

terraform {
  backend "s3" {
    bucket = ${hcl(m.backend.bucket)}
    key = ${hcl(m.backend.key)}
    region = ${hcl(m.backend.region)}
<#if m.backend.useLockfile>
    use_lockfile = true
</#if>
<#if m.backend.dynamodbTable??>
    dynamodb_table = ${hcl(m.backend.dynamodbTable)}
</#if>
    encrypt = true
  }
}
