package kb

import "testing"

func BenchmarkLookup(b *testing.B) {
	k := mustDefault(b)
	names := []string{"فلاديمير بوتين", "بيونج يانج", "الولايات المتحدة الأميركية", "زيد بن عمرو", "شويجو"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		k.Lookup(names[i%len(names)])
	}
}

func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Key("كيم جونغ أون")
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
