X = "imported without writing bytecode"
