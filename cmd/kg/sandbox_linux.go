package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// sandboxProcAttr puts the child in a process group of its own, so that the
// parent can kill it with whatever it started and a Ctrl-C meant for the
// parent does not reach it half-way, and has the kernel kill it when the
// parent dies, even by kill -9: a child left behind would hold the store's
// read lock until its timeout.
func sandboxProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// setAddressSpaceLimit lets this process map at most n bytes more than it
// has mapped now (RLIMIT_AS). Where the current size is unknown it sets
// nothing: the watchdog still bounds memory.
func setAddressSpaceLimit(n int64) {
	cur, ok := addressSpace()
	if !ok {
		return
	}
	lim := uint64(cur + n)
	syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim})
}

// addressSpace is the address space this process has mapped (VmSize).
func addressSpace() (int64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmSize:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}
