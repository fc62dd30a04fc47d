package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/isnad/isnad"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise
// the module version or VCS revision recorded by the Go toolchain is used.
var version = ""

func runVersion(_ []string, stdout io.Writer) error {
	v := version
	if v == "" {
		v = "devel"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	_, err := fmt.Fprintf(stdout, "isnad %s (output contract %s)\n", v, isnad.ContractVersion)
	return err
}
