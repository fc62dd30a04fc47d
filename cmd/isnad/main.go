// Command isnad turns Arabic news into sourced, time-ordered documents:
// who did, said, claimed and denied what, to whom, when, according to whom.
//
// main only wires: each subcommand lives in a file of its own with its own
// flag.FlagSet, and errors become the exit status here, in one place.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// errUsage marks a command line that could not be understood; it exits 2.
var errUsage = errors.New("usage")

// errFailedInputs says some inputs could not be processed; each was already
// reported on stderr, so only the exit status is left to set.
var errFailedInputs = errors.New("some inputs failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// Run runs one isnad command line.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		printUsage(stderr)
		return errUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return runExtract(ctx, rest, stdin, stdout, stderr)
	case "tag":
		return runTag(ctx, rest, stdin, stdout, stderr)
	case "train":
		return runTrain(ctx, rest, stdout, stderr)
	case "kb":
		return runKB(ctx, rest, stdout, stderr)
	case "version", "-version", "--version":
		return runVersion(rest, stdout)
	case "help", "-h", "-help", "--help":
		return runHelp(rest, stdout)
	default:
		fmt.Fprintf(stderr, "isnad: unknown command %q\n", cmd)
		printUsage(stderr)
		return errUsage
	}
}

// exitCode maps an error to the process exit status: 0 success, 1 some
// inputs failed or a runtime error, 2 a bad command line.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailedInputs):
		return 1
	default:
		fmt.Fprintf(stderr, "isnad: %v\n", err)
		return 1
	}
}
