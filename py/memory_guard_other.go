//go:build !unix

package py

// addressRoom is unknown on this system.
func addressRoom() (uint64, bool) { return 0, false }
