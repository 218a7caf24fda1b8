C = "recompiled after a corrupt pyc"
