package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/isnad/isnad/kb"
)

const kbUsage = `usage: isnad kb COMMAND [flags]

  import FILE [--format csv|wikidata|jsonl] [--kb PATH]
        add entries to the user KB (CSV: name,type,aliases,kb id[,name_en,subtype]
        with a header line; Wikidata: the JSON dump, one entity a line)
  lookup [--kb PATH] NAME...
        the entries a name, alias or nationality adjective finds
  holder [--kb PATH] ROLE STATE-ID [DATE]
        who held an office (head_of_state, foreign_minister ...) on a date
  list [--kb PATH]
        every entry, one a line

The user KB is $ISNAD_KB, else $XDG_DATA_HOME/isnad/kb.jsonl, else
~/.local/share/isnad/kb.jsonl; its entries override the built-in ones by id.
`

// runKB runs "isnad kb ...": it imports entries into the user KB file and
// answers lookups against the built-in KB merged with it.
func runKB(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, kbUsage)
		return errUsage
	}
	fs := flag.NewFlagSet("kb "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, kbUsage) }
	path := fs.String("kb", kb.UserPath(), "user KB file (JSON Lines)")
	format := fs.String("format", "", "import format: csv, wikidata or jsonl (default: by extension)")
	rest, err := parseMixed(fs, args[1:])
	if err != nil {
		return errUsage
	}
	switch args[0] {
	case "import":
		return kbImport(rest, *path, *format, stdout, stderr)
	case "lookup", "holder", "list":
		k, err := kb.Load(ctx, *path)
		if err != nil {
			return err
		}
		return kbQuery(k, args[0], rest, stdout, stderr)
	}
	fmt.Fprint(stderr, kbUsage)
	return errUsage
}

// parseMixed parses flags given before, between or after the positional
// arguments (isnad kb import FILE --format csv) and returns the latter.
func parseMixed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func kbImport(files []string, path, format string, stdout, stderr io.Writer) error {
	if len(files) == 0 {
		fmt.Fprint(stderr, kbUsage)
		return errUsage
	}
	var all []kb.Entry
	failed := false
	for _, f := range files {
		entries, err := kb.ReadFile(f, format)
		if err != nil {
			failed = true
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Fprintf(stderr, "isnad kb import: %s: %s\n", f, line)
			}
		}
		all = append(all, entries...)
	}
	added, replaced, err := kb.AddToUserFile(path, all)
	if err != nil {
		return fmt.Errorf("isnad kb import: %w", err)
	}
	fmt.Fprintf(stdout, "%s: %d entries added, %d replaced\n", path, added, replaced)
	if failed {
		return errFailedInputs
	}
	return nil
}

func kbQuery(k *kb.KB, cmd string, args []string, stdout, stderr io.Writer) error {
	switch {
	case cmd == "list":
		for _, e := range k.Entries() {
			printEntry(stdout, e)
		}
	case cmd == "lookup" && len(args) > 0:
		for _, name := range args {
			for _, e := range k.Lookup(name) {
				printEntry(stdout, e)
			}
			if e := k.Demonym(name); e != nil {
				fmt.Fprint(stdout, "demonym of: ")
				printEntry(stdout, e)
			}
		}
	case cmd == "holder" && (len(args) == 2 || len(args) == 3):
		date := ""
		if len(args) == 3 {
			date = args[2]
		}
		if e := k.Holder(args[0], args[1], date); e != nil {
			printEntry(stdout, e)
		} else {
			return errors.New("isnad kb holder: no holder known")
		}
	default:
		fmt.Fprint(stderr, kbUsage)
		return errUsage
	}
	return nil
}

func printEntry(w io.Writer, e *kb.Entry) {
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Type, e.Subtype, e.Name, e.NameEn)
}
