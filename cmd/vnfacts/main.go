// Command vnfacts turns scraped Vietnamese news articles into a database
// of figures and answers questions about them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/vnfacts/vnfacts/corpus"
	"strings"
)

// env is what a command may touch, so tests run commands in-process.
type env struct {
	stdin     io.Reader
	stdout    io.Writer
	stderr    io.Writer
	stdoutTTY bool // an aligned table by default, else JSON Lines
	stderrTTY bool // a progress bar, else quiet
	getenv    func(string) string
}

type command struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) error
}

var commands = []command{
	{"ingest", "clean, extract and store articles in the database", runIngest},
	{"extract", "print the facts of articles, no database (a Unix filter)", runExtract},
	{"clean", "print cleaned articles and their metadata", runClean},
	{"normalize", "print every number, date and figure found in a text", runNormalize},
	{"query", "search stored facts by words and filters", runQuery},
	{"show", "one fact with its provenance", runShow},
	{"sql", "run read-only SQL on the database", runSQL},
	{"stats", "what the database holds", runStats},
	{"timeline", "the values of one figure over time", runTimeline},
	{"eval", "score extraction against hand-annotated gold sentences", runEval},
	{"generate", "write a synthetic corpus from the sample articles, for benchmarks", runGenerate},
}

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ error }

// errSomeFailed says some inputs failed and the rest were done: exit 1.
var errSomeFailed = errors.New("some inputs failed")

func main() {
	e := &env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stdoutTTY: isTerminal(os.Stdout), stderrTTY: isTerminal(os.Stderr), getenv: os.Getenv,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(exitCode(run(ctx, e, os.Args[1:]), e.stderr))
}

// exitCode maps errors to exit codes, in one place: 0 all good, 1 some
// inputs failed or the command failed, 2 usage error.
func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "vnfacts:", err)
		return 2
	case errors.Is(err, errSomeFailed):
		return 1
	default:
		fmt.Fprintln(stderr, "vnfacts:", err)
		return 1
	}
}

func run(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		usage(e.stderr)
		return usageError{errors.New("no command given")}
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout)
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	return usageError{fmt.Errorf("unknown command %q (vnfacts --help lists them)", args[0])}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vnfacts turns scraped Vietnamese news articles into a database of figures.")
	fmt.Fprintln(w, "\nUsage: vnfacts COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'vnfacts COMMAND --help' for a command's flags and an example.")
	fmt.Fprintln(w, "The database is vnfacts.db in the working directory unless --db or VNFACTS_DB says otherwise.")
}

// newFlags makes a command's flag set with a usage text that shows an
// example; errors go to stderr and parsing returns usage errors.
func newFlags(e *env, name, synopsis, example string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: vnfacts %s %s\n\n", name, synopsis)
		fs.PrintDefaults()
		if example != "" {
			fmt.Fprintf(e.stderr, "\nExample:\n  %s\n", strings.ReplaceAll(example, "\n", "\n  "))
		}
	}
	return fs
}

// parse parses flags wherever they stand among the arguments, so that
// "vnfacts query dich vu --kind ratio" works; "--" ends the flags.
func parse(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return usageError{err}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// dbFlag adds --db with its default from VNFACTS_DB or vnfacts.db.
func dbFlag(e *env, fs *flag.FlagSet) *string {
	def := "vnfacts.db"
	if v := e.getenv("VNFACTS_DB"); v != "" {
		def = v
	}
	return fs.String("db", def, "SQLite database `file` (env VNFACTS_DB)")
}

// expand turns arguments into input paths, one argument at a time. An
// argument that names nothing (a missing file, a glob that matches
// nothing) is kept as it is: reading it fails, and the failure is
// reported and recorded like any bad input while the others go on.
func expand(args []string) []string {
	var paths []string
	for _, a := range args {
		p, err := corpus.Expand([]string{a})
		if err != nil {
			p = []string{a}
		}
		paths = append(paths, p...)
	}
	return paths
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
