terraform {
  # Pure computation: no provider, so it can be planned and tested anywhere.
  required_version = ">= 1.9.0"
}
