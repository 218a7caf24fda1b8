__all__ = ["public", "_semi_private"]
public = "public"
_semi_private = "listed in __all__"
unlisted = "not in __all__"
