package arabic

import (
	"strings"
	"testing"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		// Clitics that must come off.
		{"conjunction and article", "والرئيس", "و+ال+رئيس"},
		{"conjunction, preposition, article", "وبالأسلحة", "و+ب+ال+أسلحة"},
		{"lam lam is lam and article", "للصحفيين", "ل+ل+صحفيين"},
		{"conjunction lam lam", "وللمرة", "و+ل+ل+مرة"},
		{"kaf and article", "كالعادة", "ك+ال+عادة"},
		{"conjunction before a verb", "وأضاف", "و+أضاف"},
		{"conjunction before a short particle", "ولم", "و+لم"},
		{"feh before hamza", "فإن", "ف+إن"},
		{"feh before article", "فالحكومة", "ف+ال+حكومة"},
		{"future seen", "ستدفع", "س+تدفع"},
		{"conjunction and future", "وسيدفعون", "و+س+يدفعون"},
		{"conjunction before form eight verb", "واتفق", "و+اتفق"},
		{"preposition before a demonstrative", "بذلك", "ب+ذلك"},
		{"preposition and pronoun", "لهم", "ل+هم"},
		{"particle with suffix", "لأنها", "ل+أن+ها"},
		{"preposition host with suffix", "عليه", "علي+ه"},
		{"noun with suffix", "حكومته", "حكومت+ه"},
		{"plural with suffix", "قدراتهم", "قدرات+هم"},
		{"conjunction before a name", "وبوتين", "و+بوتين"},
		{"preposition before a guarded name", "لفرنسا", "ل+فرنسا"},
		{"lam before a name starting with lam", "للبنان", "ل+لبنان"},
		{"diacritics stay with their letter", "وَالرَّئِيسُ", "وَ+ال+رَّئِيسُ"},
		// Words and names that must stay whole.
		{"name with beh", "بيلوسوف", "بيلوسوف"},
		{"name with feh", "فلاديمير", "فلاديمير"},
		{"name with lam", "لندن", "لندن"},
		{"name with kaf", "كوريا", "كوريا"},
		{"name with waw", "واشنطن", "واشنطن"},
		{"city with seen", "سيول", "سيول"},
		{"noun with waw", "وزير", "وزير"},
		{"plural noun with waw", "ولايات", "ولايات"},
		{"short name", "كيم", "كيم"},
		{"name bare", "بوتين", "بوتين"},
		{"verb starting waw alef", "واصل", "واصل"},
		{"noun starting seen yeh", "سياسة", "سياسة"},
		{"noun ending teh marbuta after seen", "سيطرة", "سيطرة"},
		{"plural after seen", "سنوات", "سنوات"},
		{"definite nisba keeps yeh", "الأمريكي", "ال+أمريكي"},
		{"nisba in -ani", "ألماني", "ألماني"},
		{"heh of the root", "اتجاه", "اتجاه"},
		{"kaf of the root", "شارك", "شارك"},
		{"hunak", "هناك", "هناك"},
		{"alef maksura preposition", "الى", "الى"},
		{"understanding", "تفاهم", "تفاهم"},
		{"corona", "كورونا", "كورونا"},
		{"unknown name after lam", "لروسيا", "لروسيا"},
		{"according to", "وفقا", "وفقا"},
		{"verb with waw root", "وصفت", "وصفت"},
		{"conjunction before a waw-root verb", "ووقعت", "و+وقعت"},
		{"form eight verb starting alef lam", "والتقى", "و+التقى"},
		{"name starting seen teh yeh", "ستيفنز", "ستيفنز"},
		{"la siyyama", "سيما", "سيما"},
		{"dual noun with our", "بلدينا", "بلدينا"},
		{"heh of a verb root", "تواجه", "تواجه"},
		{"latin word", "NATO", "NATO"},
		{"digits", "2024", "2024"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seg := Segment(tc.word)
			if got := seg.String(); got != tc.want {
				t.Errorf("Segment(%q) = %s, want %s", tc.word, got, tc.want)
			}
			if joined := strings.Join(seg.Pre, "") + seg.Stem + seg.Suf; joined != tc.word {
				t.Errorf("parts join to %q", joined)
			}
		})
	}
}

func TestSegmentDefinite(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"والرئيس", true}, {"للرئيس", true}, {"رئيس", false}, {"ببيروت", false}, {"الى", false},
	}
	for _, tc := range tests {
		if got := Segment(tc.word).Definite; got != tc.want {
			t.Errorf("Segment(%q).Definite = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestSegmenterKnown(t *testing.T) {
	gazetteer := map[string]bool{"روسيا": true, "ايران": true}
	sg := Segmenter{Known: func(s string) bool { return gazetteer[s] }}
	tests := []struct{ word, want string }{
		{"لروسيا", "ل+روسيا"},
		{"بإيران", "ب+إيران"},
		{"وروسيا", "و+روسيا"},
		{"لندن", "لندن"},
	}
	for _, tc := range tests {
		if got := sg.Segment(tc.word).String(); got != tc.want {
			t.Errorf("Segment(%q) with gazetteer = %s, want %s", tc.word, got, tc.want)
		}
	}
}

func TestGuardListLoads(t *testing.T) {
	for _, w := range []string{"واشنطن", "فلاديمير", "بيلوسوف", "لندن", "كوريا", "سيول"} {
		if !guardWords[Fold(w)] {
			t.Errorf("guard list lacks %q", w)
		}
	}
	for w := range guardWords {
		if strings.ContainsAny(w, " #") || w != Fold(w) {
			t.Errorf("guard entry %q is not one folded word", w)
		}
	}
}
