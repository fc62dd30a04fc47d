// Package contracttest checks documents against the output contract's JSON
// Schema (shared/contract/document.schema.json, read from ../shared beside
// the checkout) in tests of any package.
package contracttest

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SharedDir is the shared folder beside the repository checkout, found from
// this file's location so that tests of every package agree on it.
func SharedDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
}

// SharedPath joins elements onto SharedDir, skipping the test when the
// path does not exist.
func SharedPath(t testing.TB, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{SharedDir()}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

var (
	once   sync.Once
	schema *jsonschema.Schema
	err    error
)

// Schema compiles the contract schema once; it skips the test when the
// shared folder is absent.
func Schema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	path := SharedPath(t, "contract", "document.schema.json")
	once.Do(func() {
		c := jsonschema.NewCompiler()
		schema, err = c.Compile(path)
	})
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	return schema
}

// Validate fails the test unless doc (one JSON document) validates against
// the contract schema.
func Validate(t testing.TB, doc []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("document is not JSON: %v", err)
	}
	if err := Schema(t).Validate(v); err != nil {
		t.Errorf("document does not validate against the contract: %v\n%s", err, doc)
	}
}
