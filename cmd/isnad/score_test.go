package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/internal/contracttest"
)

// TestScoreSeeds runs the shared scorer (shared/eval/score.py) over the
// shared gold with a freshly built isnad, as a user would, and holds the
// project to the levels its issues accept. It is a measurement of the
// whole pipeline, not of any one seed: the floors are aggregate scores.
func TestScoreSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs the scorer")
	}
	score := contracttest.SharedPath(t, "eval", "score.py")
	gold := contracttest.SharedPath(t, "gold", "seeds")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	bin := filepath.Join(t.TempDir(), "isnad")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(python, score, "docs", "--isnad", bin, "--gold", gold, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res struct {
		Summary struct {
			Entities, Quotes, Events, Dates struct{ F1 float64 }
			Meta, Boilerplate, Body         float64
			ContractProblems                int `json:"contract_problems"`
		}
		Problems []string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("score.py output: %v", err)
	}
	s := res.Summary
	t.Logf("entities F1 %.3f quotes F1 %.3f events F1 %.3f dates F1 %.3f meta %.2f boilerplate %.2f body %.2f contract problems %d",
		s.Entities.F1, s.Quotes.F1, s.Events.F1, s.Dates.F1, s.Meta, s.Boilerplate, s.Body, s.ContractProblems)
	for _, p := range res.Problems {
		t.Errorf("contract: %s", p)
	}
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"meta", s.Meta, 0.9},
		{"boilerplate", s.Boilerplate, 0.95},
		{"body", s.Body, 1.0},
		{"dates F1", s.Dates.F1, 0.90},
		{"entities F1", s.Entities.F1, 0.85},
		{"quotes F1", s.Quotes.F1, 0.85},
		{"events F1", s.Events.F1, 0.70},
	} {
		if c.got < c.floor {
			t.Errorf("%s = %.3f, below the accepted %.2f", c.name, c.got, c.floor)
		}
	}
}
