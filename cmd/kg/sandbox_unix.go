//go:build unix

package main

import (
	"os"
	"os/exec"
	"syscall"
)

// killSandbox kills the child's process group: the child and anything it
// may have started.
func killSandbox(cmd *exec.Cmd) {
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		cmd.Process.Kill()
	}
}

// exitStatus is a finished child's exit code, or the name of the signal
// that ended it ("killed").
func exitStatus(ps *os.ProcessState) (int, string) {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -1, ws.Signal().String()
	}
	return ps.ExitCode(), ""
}
