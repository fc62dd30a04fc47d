package ner

import (
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A Lexicon is what unlabelled news teaches the tagger: how often each
// word occurs, which the clitic splitter uses to tell و+قال from وليد, and
// a distributional cluster per frequent word, so that a name or a title
// the annotated data never showed still looks like the ones it did.
type Lexicon struct {
	words map[string]lexEntry
}

type lexEntry struct {
	cluster uint32 // (coarse+1)<<clusterCoarseShift | fine; 0 for none
	count   uint32
}

// clusterCoarseShift separates a cluster id's coarse part from its fine
// part: the coarse cluster groups similar fine clusters, and gives a
// second, less sparse feature.
const clusterCoarseShift = 10

// entry returns what the lexicon knows of w: its cluster and count.
func (l *Lexicon) entry(w string) lexEntry {
	if l == nil {
		return lexEntry{}
	}
	return l.words[w]
}

func (l *Lexicon) count(w string) uint32 {
	if l == nil {
		return 0
	}
	return l.words[w].count
}

func (l *Lexicon) cluster(w string) uint32 {
	if l == nil {
		return 0
	}
	return l.words[w].cluster
}

// countJoined is count(a + b) without building the string: a map index
// by a converted byte slice does not allocate.
func (l *Lexicon) countJoined(a, b string) uint32 {
	if l == nil {
		return 0
	}
	var buf [64]byte
	return l.words[string(append(append(buf[:0], a...), b...))].count
}

// Len is the number of words in the lexicon.
func (l *Lexicon) Len() int { return len(l.words) }

// LexiconOptions configure BuildLexicon; the zero value works.
type LexiconOptions struct {
	MinCount   int   // words seen fewer times are left out (default 3)
	Clustered  int   // how many of the most frequent words get a cluster (default 45,000)
	Contexts   int   // how many of the most frequent words serve as contexts (default 1,000)
	Clusters   int   // fine clusters (default 512, at most 1<<clusterCoarseShift)
	Coarse     int   // coarse clusters (default 16)
	Iterations int   // k-means iterations (default 12)
	Seed       int64 // seed of the initial centroids
}

func (o *LexiconOptions) defaults() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.MinCount, 3)
	def(&o.Clustered, 45000)
	def(&o.Contexts, 1000)
	def(&o.Clusters, 512)
	def(&o.Coarse, 16)
	def(&o.Iterations, 12)
	o.Clusters = min(o.Clusters, 1<<clusterCoarseShift)
}

// Words splits running text into the tokens ANERcorp-style CoNLL has:
// words, and punctuation as tokens of its own.
func Words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == tatweel:
			if start < 0 {
				start = i
			}
			continue
		case start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
		if !unicode.IsSpace(r) {
			out = append(out, string(r))
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// BuildLexicon counts the words of texts (each a sentence or an article)
// and clusters the frequent ones by the words seen left and right of them
// (spherical k-means over context counts): a cheap stand-in for Brown
// clusters that runs in seconds.
func BuildLexicon(texts [][]string, opts LexiconOptions) *Lexicon {
	opts.defaults()
	counts := map[string]int{}
	for _, ws := range texts {
		for _, w := range ws {
			if n := Normalize(w); n != "" {
				counts[n]++
			}
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= opts.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if d := counts[b] - counts[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	lex := &Lexicon{words: make(map[string]lexEntry, len(vocab))}
	for _, w := range vocab {
		lex.words[w] = lexEntry{count: uint32(min(counts[w], math.MaxUint32))}
	}
	clustered := vocab[:min(len(vocab), opts.Clustered)]
	vecs := contextVectors(texts, clustered, vocab[:min(len(vocab), opts.Contexts)])
	fine, centroids := kmeans(vecs, 2*min(opts.Contexts, len(vocab)), opts.Clusters, opts.Iterations, opts.Seed)
	coarse, _ := kmeans(denseToSparse(centroids), 2*min(opts.Contexts, len(vocab)), opts.Coarse, opts.Iterations, opts.Seed)
	for i, w := range clustered {
		e := lex.words[w]
		e.cluster = uint32(coarse[fine[i]]+1)<<clusterCoarseShift | uint32(fine[i])
		lex.words[w] = e
	}
	return lex
}

// sparse is a unit-length sparse vector.
type sparse struct {
	idx []int32
	val []float32
}

// contextVectors describes each word of words by counts of the context
// words (left: 0..C-1, right: C..2C-1), square-rooted to damp the most
// frequent contexts and scaled to unit length.
func contextVectors(texts [][]string, words, contexts []string) []sparse {
	row := make(map[string]int, len(words))
	for i, w := range words {
		row[w] = i
	}
	col := make(map[string]int, len(contexts))
	for i, w := range contexts {
		col[w] = i
	}
	C := len(contexts)
	counts := make([]map[int32]float32, len(words))
	for _, ws := range texts {
		norm := make([]string, len(ws))
		for i, w := range ws {
			norm[i] = Normalize(w)
		}
		for i, w := range norm {
			r, ok := row[w]
			if !ok {
				continue
			}
			if counts[r] == nil {
				counts[r] = map[int32]float32{}
			}
			if i > 0 {
				if c, ok := col[norm[i-1]]; ok {
					counts[r][int32(c)]++
				}
			}
			if i+1 < len(norm) {
				if c, ok := col[norm[i+1]]; ok {
					counts[r][int32(C+c)]++
				}
			}
		}
	}
	vecs := make([]sparse, len(words))
	for r, m := range counts {
		var v sparse
		for _, k := range sortedInt32Keys(m) {
			v.idx = append(v.idx, k)
			v.val = append(v.val, float32(math.Sqrt(float64(m[k]))))
		}
		normalizeVec(v.val)
		vecs[r] = v
	}
	return vecs
}

func sortedInt32Keys(m map[int32]float32) []int32 {
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func normalizeVec(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

func denseToSparse(rows [][]float32) []sparse {
	out := make([]sparse, len(rows))
	for i, r := range rows {
		for j, x := range r {
			if x != 0 {
				out[i].idx = append(out[i].idx, int32(j))
				out[i].val = append(out[i].val, x)
			}
		}
		normalizeVec(out[i].val)
	}
	return out
}

// kmeans clusters unit vectors of dimension dim into k groups by cosine
// similarity, from k distinct seeded starting points. It returns each
// vector's group and the centroids.
func kmeans(vecs []sparse, dim, k, iterations int, seed int64) ([]int, [][]float32) {
	k = min(k, len(vecs))
	assign := make([]int, len(vecs))
	if k == 0 {
		return assign, nil
	}
	cent := make([][]float32, k)
	for c, i := range rand.New(rand.NewSource(seed)).Perm(len(vecs))[:k] {
		cent[c] = make([]float32, dim)
		for j, x := range vecs[i].idx {
			cent[c][x] = vecs[i].val[j]
		}
	}
	for range iterations {
		for i, v := range vecs {
			assign[i] = nearest(v, cent)
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			for j, x := range v.idx {
				cent[assign[i]][x] += v.val[j]
			}
		}
		for c := range cent {
			normalizeVec(cent[c])
		}
	}
	return assign, cent
}

func nearest(v sparse, cent [][]float32) int {
	best, arg := float32(-2), 0
	for c, m := range cent {
		var s float32
		for j, x := range v.idx {
			s += m[x] * v.val[j]
		}
		if s > best {
			best, arg = s, c
		}
	}
	return arg
}

// WriteLexicon writes lex as gzip'd lines "word<TAB>cluster<TAB>count",
// most frequent first.
func WriteLexicon(w io.Writer, lex *Lexicon) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	words := sortedKeys(lex.words)
	slices.SortStableFunc(words, func(a, b string) int {
		return int(lex.words[b].count) - int(lex.words[a].count)
	})
	for _, word := range words {
		e := lex.words[word]
		if _, err := fmt.Fprintf(zw, "%s\t%d\t%d\n", word, e.cluster, e.count); err != nil {
			return err
		}
	}
	return zw.Close()
}

// ReadLexicon reads what WriteLexicon wrote.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	lex := &Lexicon{words: map[string]lexEntry{}}
	n := 0
	var bad error
	err = eachLine(zr, func(line string) {
		n++
		f := strings.Split(line, "\t")
		c, err1 := strconv.ParseUint(f[min(1, len(f)-1)], 10, 32)
		k, err2 := strconv.ParseUint(f[len(f)-1], 10, 32)
		if len(f) != 3 || err1 != nil || err2 != nil {
			if bad == nil {
				bad = fmt.Errorf("line %d: want word, cluster and count", n)
			}
			return
		}
		lex.words[f[0]] = lexEntry{cluster: uint32(c), count: uint32(k)}
	})
	if err == nil {
		err = bad
	}
	return lex, err
}
