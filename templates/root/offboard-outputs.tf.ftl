<#include "header.ftl">

output "connect_onboard" {
  description = "The department and platform of this root: connect-onboard plan check reads them from the plan."
  value = {
    department = ${hcl(m.departmentName)}
    platform = ${hcl(m.platform.name)}
  }
}
