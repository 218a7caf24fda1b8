y = f"""a
{x
+ y} {z:{w}}
"""
