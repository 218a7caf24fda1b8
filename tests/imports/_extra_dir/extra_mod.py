E = "found through a folder added to sys.path"
