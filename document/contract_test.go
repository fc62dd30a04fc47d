package document

import (
	"reflect"
	"testing"

	"github.com/isnad/isnad"
)

func TestOutermost(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []isnad.Span
	}{
		{"nested dropped", []isnad.Span{{1488, 1510}, {1494, 1510}}, []isnad.Span{{1488, 1510}}},
		{"sorted", []isnad.Span{{30, 35}, {2, 8}}, []isnad.Span{{2, 8}, {30, 35}}},
		{"repeat dropped", []isnad.Span{{2, 8}, {2, 8}}, []isnad.Span{{2, 8}}},
		{"same start keeps longer", []isnad.Span{{2, 5}, {2, 8}}, []isnad.Span{{2, 8}}},
		{"overlap kept", []isnad.Span{{2, 8}, {5, 10}}, []isnad.Span{{2, 8}, {5, 10}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := outermost(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("outermost = %v, want %v", got, tc.want)
			}
		})
	}
}
