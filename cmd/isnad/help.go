package main

import (
	"fmt"
	"io"
)

const usage = `isnad — sourced knowledge from Arabic news

Usage:
  isnad extract [--published YYYY-MM-DD] [--log text|json] PATH...
        Read articles (.txt, .html/.htm, .jsonl files, folders recursively,
        or - for stdin) and write one contract document per article as
        JSON Lines to stdout. Bad inputs are reported on stderr, one line
        each; the others are still written; the exit status is then 1.
  isnad tag --conll < tokens.conll
        Tag CoNLL tokens (one per line, blank line between sentences) with
        BIO named-entity tags (PERS, LOC, ORG, MISC), appended as a column.
  isnad train ner [--train FILE] [--out FILE]
        Retrain the embedded named-entity model from ANERcorp.
  isnad kb import FILE [--format csv|wikidata|jsonl] [--kb PATH]
        Add entities (Wikidata entity JSON lines, or CSV: name, type,
        aliases, kb id) to the user knowledge base; also kb lookup NAME,
        kb holder ROLE STATE-ID [DATE], kb list.
  isnad version
        Print the version and the output contract version.
  isnad help [COMMAND]
        Print this help, or a command's flags.
`

func printUsage(w io.Writer) { fmt.Fprint(w, usage) }

func runHelp(args []string, stdout io.Writer) error {
	if len(args) > 0 {
		// Each command prints its own flags for -h; reuse that.
		switch args[0] {
		case "extract":
			fs, _ := extractFlags(stdout)
			fs.SetOutput(stdout)
			fs.Usage()
			return nil
		}
	}
	printUsage(stdout)
	return nil
}
