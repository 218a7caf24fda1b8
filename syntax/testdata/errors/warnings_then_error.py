x = "\d" + f"\{y}"
y = 1if x else 2
z = (
