package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func runTagCmd(t *testing.T, stdin string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), []string{"tag", "--conll"}, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// The contract: the same lines back, each with one tag column appended;
// tokens never split, merged or reordered; sentence breaks kept.
func TestTagCoNLLKeepsTokens(t *testing.T) {
	in := "وقال\nالرئيس\nالمصري\nعبد\nالفتاح\nالسيسي\nفي\nالقاهرة\n.\n\nوزار\nبلينكن B-PERS\nسيول\n"
	out, stderr, err := runTagCmd(t, in)
	if err != nil {
		t.Fatalf("tag: %v\n%s", err, stderr)
	}
	inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("%d lines back for %d:\n%s", len(outLines), len(inLines), out)
	}
	valid := map[string]bool{"O": true}
	for _, ty := range []string{"PERS", "LOC", "ORG", "MISC"} {
		valid["B-"+ty], valid["I-"+ty] = true, true
	}
	for i, line := range inLines {
		if line == "" {
			if outLines[i] != "" {
				t.Errorf("line %d: sentence break became %q", i+1, outLines[i])
			}
			continue
		}
		tag, ok := strings.CutPrefix(outLines[i], line+" ")
		if !ok || !valid[tag] {
			t.Errorf("line %d: %q is not %q plus one tag", i+1, outLines[i], line)
		}
	}
}

func TestTagCoNLLBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"invalid UTF-8", "قال\nالوزير\n\xff\xfe\n", "line 3"},
		{"NUL byte", "قال\nالو\x00زير\n", "line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runTagCmd(t, tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one naming %s", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
	if _, _, err := runTagCmd(t, ""); err != nil {
		t.Errorf("empty input: %v", err)
	}
	var out, errb bytes.Buffer
	if err := Run(context.Background(), []string{"tag"}, strings.NewReader(""), &out, &errb); !errors.Is(err, errUsage) {
		t.Errorf("tag without --conll: %v, want usage", err)
	}
}
