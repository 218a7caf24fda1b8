(int, *str, **dict) -> None
