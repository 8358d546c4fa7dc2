//go:build !unix

package main

import (
	"os"
	"os/exec"
	"syscall"
)

// sandboxProcAttr sets nothing here: the parent kills the child alone, and
// a child whose parent was killed ends at its own deadline.
func sandboxProcAttr() *syscall.SysProcAttr { return nil }

func killSandbox(cmd *exec.Cmd) { cmd.Process.Kill() }

func exitStatus(ps *os.ProcessState) (int, string) { return ps.ExitCode(), "" }

// setAddressSpaceLimit sets nothing here: the watchdog bounds memory.
func setAddressSpaceLimit(int64) {}
