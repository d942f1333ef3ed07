//go:build unix

package corpus

import (
	"io/fs"
	"syscall"
)

// readWhole reads the file at path, which had size bytes when it was
// looked at, to its end. It uses plain system calls: os.Open offers every
// file to the runtime's poller, which a regular file refuses, and that
// costs five system calls an input on top of the open, read and close
// it needs.
func readWhole(path string, size int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	// One byte more than the size, so a file that kept its size is read
	// in one call and its end seen in a second.
	data := make([]byte, 0, size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // it grew since
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		case n == 0:
			return data, nil
		}
		data = data[:len(data)+n]
	}
}
