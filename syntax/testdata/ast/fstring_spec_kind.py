y = u"a" f"{x:a{y}b}" "c"
