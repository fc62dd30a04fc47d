package furniture

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkText measures Text over real article contents (SaudiNewsNet's
// throughput sample); the page layer must keep up with 10,000 articles a
// second on one core. It reports wall-clock and process-CPU rates: on a
// loaded machine the CPU rate says more about the code than about its
// neighbours.
func BenchmarkText(b *testing.B) {
	recs := readSNN(b, "throughput_sample_5000.jsonl")
	b.ReportAllocs()
	start := cpuTime()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r := recs[i%len(recs)]
		Text(r.Content, Options{Title: r.Title})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)/(cpuTime()-start).Seconds(), "articles/cpu-s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
