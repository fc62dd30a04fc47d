package main

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// notPlaces are codes CLDR counts as countries that name no territory:
// the United Nations and the euro area are organisations here.
var notPlaces = map[string]bool{"UN": true, "EU": true, "EZ": true}

// cldrCountries lists every current ISO 3166 two-letter region with its
// CLDR Arabic and English names, one per line, sorted by code.
func cldrCountries() []byte {
	ar := display.Regions(language.Arabic)
	en := display.Regions(language.English)
	var b strings.Builder
	b.WriteString("# ISO 3166 regions with their CLDR names (Unicode licence), written by kb/cmd/kbgen.\n# code\tArabic\tEnglish\n")
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			code := string([]rune{a, c})
			r, err := language.ParseRegion(code)
			// Deprecated codes (DD, SU, YU ...) canonicalise to another
			// region and would enter the KB twice.
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.String() != code || notPlaces[code] {
				continue
			}
			arName, enName := ar.Name(r), en.Name(r)
			if arName == "" || enName == "" {
				continue
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\n", code, arName, enName)
		}
	}
	return []byte(b.String())
}
