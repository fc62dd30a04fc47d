package input

import (
	"path/filepath"
	"strings"

	"github.com/isnad/isnad"
)

// kind is how a file is read, decided by its extension.
type kind int

const (
	kindSkip        kind = iota // not taken in a folder walk
	kindSniff                   // named explicitly with an unknown extension
	kindUnsupported             // a known binary format
	kindText
	kindHTML
	kindJSONL
	kindJSON
)

const wantedList = ".txt, .html, .htm, .jsonl or .json"

var kindsByExt = map[string]kind{
	".txt":    kindText,
	".text":   kindText,
	".html":   kindHTML,
	".htm":    kindHTML,
	".xhtml":  kindHTML,
	".jsonl":  kindJSONL,
	".ndjson": kindJSONL,
	".json":   kindJSON,
}

// binaryExts are formats people plausibly point isnad at that it cannot
// read; naming them beats reporting "binary data".
var binaryExts = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".odt": true, ".rtf": true,
	".epub": true, ".zip": true, ".gz": true, ".bz2": true, ".xz": true,
	".zst": true, ".7z": true, ".tar": true, ".png": true, ".jpg": true,
	".jpeg": true, ".gif": true, ".webp": true, ".mp3": true, ".mp4": true,
}

// kindOf decides how to read p; explicit is true for a path given on the
// command line rather than met in a folder walk.
func kindOf(p string, explicit bool) kind {
	ext := strings.ToLower(filepath.Ext(p))
	if k, ok := kindsByExt[ext]; ok {
		return k
	}
	switch {
	case !explicit:
		return kindSkip
	case binaryExts[ext]:
		return kindUnsupported
	}
	return kindSniff
}

func (k kind) format() string {
	if k == kindHTML {
		return isnad.FormatHTML
	}
	return isnad.FormatText
}
