package ner

import (
	_ "embed"
	"sync"
)

// The model trained by "isnad train ner" on ANERcorp (see model/NOTICE),
// with its gazetteer and word clusters, compiled into the binary so that
// tagging needs no file at run time.
//
//go:embed model/ner.model.gz
var defaultModel []byte

// Default returns the embedded model. It is decoded on first use only and
// shared afterwards.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return loadGzipped(defaultModel)
})
