from . import top_func

def where():
    return __name__ + " in " + __package__

def deep():
    return top_func() + "/deep"
