package py

// dnFormat names __format__.
var dnFormat = newStaticStr("__format__")
