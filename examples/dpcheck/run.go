package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/text"
)

// Exit statuses.
const (
	exitClean    = 0 // no error-severity finding that is not accepted
	exitErrors   = 1 // at least one error-severity finding not accepted
	exitUnusable = 2 // a file or an argument could not be used
)

const usage = `dpcheck checks records of processing (register files) against the UK GDPR
and the EU GDPR as the law stood on a given day, and says what each finding
rests on and where it is in the file.

Usage:
  dpcheck [-at YYYY-MM-DD] [-format text|json|sarif] [-timeline FROM..TO] [file ...]
  dpcheck -diff OLD NEW

With no file it checks the registers that come with it. With -diff it says
what changed between two versions of a register and which changes people
must be told of before the new processing starts (exit status 1 when any).

Options:
`

// quoteInput quotes a value the user gave, bounded in length.
func quoteInput(s string) string { return text.Quote(s) }

// run is the command: it parses args, checks the files and writes the
// report to stdout and problems to stderr, and returns the exit status.
// now gives today's date, the default for -at.
func run(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	return runWith(gdprChecker{}, args, stdout, stderr, now)
}

// options are the command's settings.
type options struct {
	at       civil.Date
	format   string
	hasRange bool
	from, to civil.Date
	today    civil.Date
}

func runWith(c checker, args []string, stdout, stderr io.Writer, now func() time.Time) int {
	flags := flag.NewFlagSet("dpcheck", flag.ContinueOnError)
	flags.SetOutput(stderr)
	atFlag := flags.String("at", "", "the day to apply the law of, written YYYY-MM-DD (default: today, in London)")
	format := flags.String("format", "text", "the report's form: text (for people), json or sarif (for tools and code review)")
	rangeFlag := flags.String("timeline", "", "also say, for each finding, on which days from FROM to TO it starts and stops holding, written FROM..TO")
	diffFlag := flags.Bool("diff", false, "compare two register files, OLD and NEW, instead of checking them")
	flags.Usage = func() {
		fmt.Fprint(stderr, usage)
		flags.PrintDefaults()
		fmt.Fprint(stderr, exitHelp)
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUnusable
	}
	if *diffFlag {
		return runDiff(flags.Args(), stdout, stderr)
	}
	opt := options{format: *format, today: civil.LondonDate(now())}
	opt.at = opt.today
	if *atFlag != "" {
		d, err := civil.Parse(*atFlag)
		if err != nil {
			fmt.Fprintf(stderr, "dpcheck: -at %s is not a date written as year-month-day, such as 2026-11-23\n", quoteInput(*atFlag))
			return exitUnusable
		}
		opt.at = d
	}
	switch opt.format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "dpcheck: -format %s is not a report form; use text, json or sarif\n", quoteInput(opt.format))
		return exitUnusable
	}
	if *rangeFlag != "" {
		from, to, err := parseRange(*rangeFlag)
		if err != nil {
			fmt.Fprintf(stderr, "dpcheck: -timeline: %v\n", err)
			return exitUnusable
		}
		opt.hasRange, opt.from, opt.to = true, from, to
	}

	// Each source is checked in the order given; a file that cannot be
	// read keeps its place with its problem.
	type input struct {
		src     source
		problem *problem
	}
	var inputs []input
	if flags.NArg() == 0 {
		b, err := c.bundled()
		if err != nil {
			fmt.Fprintf(stderr, "dpcheck: no file named, and no bundled registers to check: %v\n", err)
			fmt.Fprintf(stderr, "dpcheck: name one or more register files, such as: dpcheck examples/registers/iet.json\n")
			return exitUnusable
		}
		for _, src := range b {
			inputs = append(inputs, input{src: src})
		}
	}
	for _, name := range flags.Args() {
		in := input{src: source{name: name}}
		data, err := os.ReadFile(name)
		if err != nil {
			in.problem = &problem{file: name,
				InputError: basis.InputError{Code: codeUnreadable, Message: "the file cannot be read: " + plainIOError(err)}}
			inputs = append(inputs, in)
			continue
		}
		in.src.data = data
		inputs = append(inputs, in)
	}

	var files []*checkedFile
	var law []event
	if opt.hasRange {
		law = lawEvents(opt.from, opt.to)
	}
	for _, in := range inputs {
		if in.problem != nil {
			files = append(files, &checkedFile{name: in.src.name, problem: in.problem})
			continue
		}
		cf := check(c, in.src, opt.at)
		if opt.hasRange && cf.problem == nil {
			cf.timeline = buildTimeline(c, cf, opt.from, opt.to, opt.at, law)
		}
		files = append(files, cf)
	}

	status := exitClean
	for _, cf := range files {
		switch {
		case cf.problem != nil:
			status = exitUnusable
			fmt.Fprintf(stderr, "dpcheck: %s\n", cf.problem.describe())
		case status == exitClean && cf.counts().Errors > 0:
			status = exitErrors
		}
	}
	rep := &report{opt: opt, files: files, status: status, law: law}
	if opt.hasRange {
		rep.next = nextEvent(lawEvents(opt.at, opt.at.AddMonths(nextHorizonMonths)), opt.at)
	}
	var err error
	switch opt.format {
	case "json":
		err = writeJSON(stdout, rep)
	case "sarif":
		err = writeSARIF(stdout, rep)
	default:
		err = writeText(stdout, rep)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dpcheck: writing the report: %v\n", err)
		return exitUnusable
	}
	return status
}

const exitHelp = `
Exit status: 0 when no error-severity finding remains (accepted findings do
not count), 1 when at least one does, 2 when a file or an option cannot be
used (the message gives the place in the file: JSON path, line and column).
`

// nextHorizonMonths is how far ahead the checker looks for the transfer
// mechanisms' next dated change (the other changes are listed in full).
const nextHorizonMonths = 120

// report is everything the command writes.
type report struct {
	opt    options
	files  []*checkedFile
	status int
	law    []event // the dated changes of the law in the timeline's range
	next   []event // with a timeline: the next dated changes of the law after opt.at
}

// plainIOError says why a file cannot be read without the Go error's
// wrapping.
func plainIOError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "there is no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// describe returns "file:line:column: at path: message (value "v") (valid: …)".
func (p *problem) describe() string {
	s := p.file
	if p.Line > 0 {
		s += fmt.Sprintf(":%d:%d", p.Line, p.Column)
	}
	s += ": "
	if p.Path != "" {
		s += "at " + p.Path + ": "
	}
	s += plainMessage(p.Message)
	if p.Value != "" && !strings.Contains(p.Message, strconv.Quote(p.Value)) {
		s += " (value " + text.Quote(p.Value) + ")"
	}
	if len(p.Valid) > 0 {
		s += " (valid: " + joinList(p.Valid) + ")"
	}
	if p.Code != "" {
		s += " [" + string(p.Code) + "]"
	}
	return s
}

func joinList(s []string) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += ", "
		}
		out += v
	}
	return out
}

// parseDay reads a date written YYYY-MM-DD.
func parseDay(s string) (civil.Date, error) { return civil.Parse(s) }
