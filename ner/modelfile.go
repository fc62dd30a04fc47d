package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/isnad/isnad"
)

// The model file is gzip'd binary: a magic line, the tags, the transition
// weights, the feature rows sorted by key (keys delta-coded as varints,
// weights quantised to 16 bits with one scale, only the non-zero ones, a
// bit mask saying which), then the gazetteer and the word clusters.
// Quantising costs nothing measurable in F1 and halves the file.
const modelMagic = "isnad-ner-v1\n"

// quantMax is the largest quantised weight magnitude.
const quantMax = 32767

// Save writes m to w in the model file format.
func (m *Model) Save(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.bytes([]byte(modelMagic))
	e.uvarint(uint64(len(m.tags)))
	for _, t := range m.tags {
		e.string(t)
	}
	for _, x := range m.trans {
		e.uvarint(uint64(math.Float32bits(x)))
	}
	m.saveWeights(e)
	m.saveGazetteer(e)
	m.saveLexicon(e)
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func (m *Model) saveWeights(e *encoder) {
	T := len(m.tags)
	var maxAbs float32
	for _, x := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / quantMax
	if scale == 0 {
		scale = 1
	}
	e.uvarint(uint64(math.Float32bits(scale)))
	index := m.table.index()
	keys := make([]uint64, 0, len(index))
	for k, r := range index {
		if quantRow(m.weights[int(r)*T:int(r+1)*T], scale, nil) != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	var prev uint64
	q := make([]int16, T)
	for _, k := range keys {
		e.uvarint(k - prev)
		prev = k
		r := index[k]
		mask := quantRow(m.weights[int(r)*T:int(r+1)*T], scale, q)
		e.uvarint(uint64(mask))
		for c := range T {
			if mask&(1<<c) != 0 {
				e.varint(int64(q[c]))
			}
		}
	}
}

// quantRow quantises row into q (when not nil) and returns the mask of
// its non-zero entries.
func quantRow(row []float32, scale float32, q []int16) uint32 {
	var mask uint32
	for c, x := range row {
		v := int16(math.Round(float64(x / scale)))
		if q != nil {
			q[c] = v
		}
		if v != 0 {
			mask |= 1 << c
		}
	}
	return mask
}

func (m *Model) saveGazetteer(e *encoder) {
	g := m.gaz
	if g == nil {
		g = newGazetteer()
	}
	for _, set := range []map[string]uint8{g.words, g.phrases} {
		e.uvarint(uint64(len(set)))
		for _, k := range sortedKeys(set) {
			e.string(k)
			e.uvarint(uint64(set[k]))
		}
	}
}

func (m *Model) saveLexicon(e *encoder) {
	var words map[string]lexEntry
	if m.lex != nil {
		words = m.lex.words
	}
	e.uvarint(uint64(len(words)))
	for _, k := range sortedKeys(words) {
		e.string(k)
		e.uvarint(uint64(words[k].cluster))
		e.uvarint(uint64(words[k].count))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uvarint(x uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], x)]) }
func (e *encoder) varint(x int64)   { e.bytes(e.buf[:binary.PutVarint(e.buf[:], x)]) }

func (e *encoder) string(s string) {
	e.uvarint(uint64(len(s)))
	e.bytes([]byte(s))
}

// errModel marks a model file that is not one or is damaged.
var errModel = errors.New("not an isnad NER model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	return load(r, 0)
}

// loadGzipped is Load of a model file held in memory, whose gzip trailer
// tells how large it is decompressed.
func loadGzipped(file []byte) (*Model, error) {
	return load(bytes.NewReader(file), gzipSize(file))
}

// gzipSize returns the size a gzip file of one member says its data has
// (modulo 2^32: a guess to size a buffer by, no more), or 0.
func gzipSize(file []byte) int {
	const header, trailer = 10, 8
	if len(file) < header+trailer {
		return 0
	}
	return int(min(binary.LittleEndian.Uint32(file[len(file)-4:]), maxModelGuess))
}

// maxModelGuess bounds the buffer a gzip trailer may make load allocate.
const maxModelGuess = 1 << 28

// load is Load with a guess of the size of the decompressed model (0: no
// guess).
func load(r io.Reader, size int) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w: %w", isnad.ErrBadRecord, errModel, err)
	}
	// The model is decoded from memory: a few megabytes, read at once,
	// and a varint read off a slice costs a fraction of one read a byte
	// at a time through a reader.
	data, err := readAll(zr, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %w: %w", isnad.ErrBadRecord, errModel, err)
	}
	d := &decoder{data: data}
	m, err := d.model()
	if err != nil {
		return nil, fmt.Errorf("%w: %w: %w", isnad.ErrBadRecord, errModel, err)
	}
	return m, nil
}

// readAll is io.ReadAll into a buffer made for size bytes: io.ReadAll
// starts small and grows, copying and clearing some ten megabytes on the
// way for the embedded model, on the path of every cold start.
func readAll(r io.Reader, size int) ([]byte, error) {
	if size <= 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, 0, size+1) // +1: room for the read that finds the end
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return nil, err
		case len(buf) == cap(buf):
			buf = append(buf, 0)[:len(buf)] // the guess was short
		}
	}
}

// decoder reads a model's varints and strings off its decompressed bytes;
// the first error stops it, and every read after returns zero values.
type decoder struct {
	data []byte // what is left to decode
	err  error
}

func (d *decoder) model() (*Model, error) {
	magic := d.next(len(modelMagic))
	if d.err != nil || string(magic) != modelMagic {
		return nil, errors.New("bad magic")
	}
	nt := d.count(32)
	m := &Model{}
	for range nt {
		m.tags = append(m.tags, d.string())
	}
	m.allowed = allowedTransitions(m.tags)
	m.trans = make([]float32, (nt+1)*nt)
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(uint32(d.uvarint()))
	}
	d.weights(m)
	m.gaz = &Gazetteer{words: d.set(), phrases: d.set()}
	m.gaz.firsts = phraseFirsts(m.gaz.phrases)
	nc := d.count(1 << 24)
	m.lex = &Lexicon{words: make(map[string]lexEntry, nc)}
	order := make([]string, 0, nc) // sorted, as saveLexicon writes them
	for range nc {
		k := d.string()
		m.lex.words[k] = lexEntry{cluster: uint32(d.uvarint()), count: uint32(d.uvarint())}
		order = append(order, k)
	}
	m.spell = newSpellingSorted(m.gaz, m.lex, order)
	m.table.fillSmall()
	m.seen = newWordCache()
	return m, d.err
}

func (d *decoder) weights(m *Model) {
	T := len(m.tags)
	scale := math.Float32frombits(uint32(d.uvarint()))
	n := d.count(1 << 26)
	m.table = emptyFeatureTable(n)
	m.weights = make([]float32, 0, n*T)
	var k, prev uint64
	for i := range n {
		k += d.uvarint()
		if i > 0 && k == prev {
			// A key twice (a zero delta) is a damaged file, and would
			// take a second slot of the table.
			d.err = fmt.Errorf("feature key %d twice", k)
			return
		}
		prev = k
		m.table.insert(k, int32(i))
		mask := d.uvarint()
		for c := range T {
			var v int64
			if mask&(1<<c) != 0 {
				v = d.varint()
			}
			m.weights = append(m.weights, float32(v)*scale)
		}
		if d.err != nil {
			return
		}
	}
}

func (d *decoder) set() map[string]uint8 {
	n := d.count(1 << 24)
	set := make(map[string]uint8, n)
	for range n {
		k := d.string()
		set[k] = uint8(d.uvarint())
	}
	return set
}

// count reads a length and checks it against limit, so a damaged file
// fails instead of allocating without bound.
func (d *decoder) count(limit int) int {
	n := d.uvarint()
	if n > uint64(limit) && d.err == nil {
		d.err = fmt.Errorf("count %d over %d", n, limit)
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.data)
	d.advance(n)
	return x
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Varint(d.data)
	d.advance(n)
	return x
}

// advance moves past a varint of n bytes, or records why there is none
// (n as binary.Uvarint returns it).
func (d *decoder) advance(n int) {
	switch {
	case n == 0:
		d.err = io.ErrUnexpectedEOF
	case n < 0:
		d.err = errors.New("varint overflows 64 bits")
	default:
		d.data = d.data[n:]
	}
}

// next returns the next n bytes.
func (d *decoder) next(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.data) {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) string() string {
	n := d.count(1 << 20)
	if n == 0 {
		return ""
	}
	return string(d.next(n))
}
