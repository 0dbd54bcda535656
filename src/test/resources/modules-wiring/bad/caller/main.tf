module "role" {
  source = "../child"

  tags   = {}
  prefx  = "fin"
}

output "arn" {
  value = module.role.role_name
}

output "other" {
  value = module.missing.value
}
