//go:build !unix

package corpus

import "os"

// readWhole reads the file at path to its end; size is only a hint.
func readWhole(path string, size int64) ([]byte, error) {
	return os.ReadFile(path)
}
