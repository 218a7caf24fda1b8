if x:
	 a
        b
