NS_MOD = "namespace module"
