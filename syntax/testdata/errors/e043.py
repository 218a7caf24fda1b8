class A
 pass
