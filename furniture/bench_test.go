package furniture

import "testing"

// BenchmarkText measures Text over real article contents (SaudiNewsNet's
// throughput sample); the page layer must keep up with 10,000 articles a
// second on one core.
func BenchmarkText(b *testing.B) {
	recs := readSNN(b, "throughput_sample_5000.jsonl")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r := recs[i%len(recs)]
		Text(r.Content, Options{Title: r.Title})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
