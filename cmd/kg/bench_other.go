//go:build !unix

package main

import (
	"os"
	"time"
)

// selfCPUTime is unknown here.
func selfCPUTime() time.Duration { return 0 }

// childPeakRSS is unknown here.
func childPeakRSS(*os.ProcessState) int64 { return 0 }
