package main

import (
	"fmt"
	"io"
	"syscall"
	"time"
)

// meter measures a run's throughput for --stats.
type meter struct {
	start time.Time
	bytes int64
	items int
}

func startMeter() *meter { return &meter{start: time.Now()} }

func (m *meter) add(n int) {
	m.bytes += int64(n)
	m.items++
}

// report prints one line: documents, failures, articles/s, MB/s, the same
// per core used, and the peak resident set size of the process.
func (m *meter) report(w io.Writer, written, failed, jobs int) {
	secs := time.Since(m.start).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	rate := float64(m.items) / secs
	mbps := float64(m.bytes) / 1e6 / secs
	fmt.Fprintf(w, "isnad: %d documents, %d failed, %.1f MB in %.2fs: %.0f articles/s, %.2f MB/s (%d jobs: %.0f articles/s/job), peak RSS %.1f MB\n",
		written, failed, float64(m.bytes)/1e6, secs, rate, mbps, jobs, rate/float64(jobs), peakRSSMB())
}

// peakRSSMB is the process's maximum resident set size so far, in MB.
func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports kilobytes
}
