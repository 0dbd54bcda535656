<#include "header.ftl">

variable "extra_tags" {
  description = "Tags added to every AWS resource on top of the ones the modules set (Department, Platform, CostCenter, Owners, ManagedBy), e.g. the pipeline run that applied them."
  type = map(string)
  default = {}
}
