//go:build !unix

package gdpr

import "testing"

type cpuClock struct{}

func startCPU() cpuClock { return cpuClock{} }

// report reports nothing where getrusage is not available.
func (cpuClock) report(*testing.B) {}
