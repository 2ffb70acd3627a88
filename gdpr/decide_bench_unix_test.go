//go:build unix

package gdpr

import (
	"syscall"
	"testing"
	"time"
)

// cpuClock measures the CPU time the process spends, user and system, so a
// benchmark on a shared machine can report it beside the wall-clock ns/op
// (which counts the time other processes hold the cores).
type cpuClock struct{ start time.Duration }

func cpuNow() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

func startCPU() cpuClock { return cpuClock{cpuNow()} }

// report adds the metric cpu-ns/op.
func (c cpuClock) report(b *testing.B) {
	if d := cpuNow() - c.start; d > 0 && b.N > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
