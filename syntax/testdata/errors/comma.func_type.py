(a, b c) -> d
