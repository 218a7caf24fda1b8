P = "cached under a prefix"
