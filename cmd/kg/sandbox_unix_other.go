//go:build unix && !linux

package main

import "syscall"

// sandboxProcAttr puts the child in a process group of its own, so that the
// parent can kill it with whatever it started and a Ctrl-C meant for the
// parent does not reach it half-way. Without Linux's Pdeathsig a child
// whose parent was killed ends at its own deadline.
func sandboxProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

// setAddressSpaceLimit sets nothing here (the current size is not known
// without /proc): the watchdog still bounds memory.
func setAddressSpaceLimit(int64) {}
