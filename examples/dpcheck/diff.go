package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
)

// runDiff is `dpcheck -diff OLD NEW`: it decodes two versions of a register
// and prints what changed between them (gdpr.Diff), each change marked
// where people must be told before the new processing starts (Art. 13(3),
// 14(4): a new purpose, recipient, transfer or basis). The exit status is
// 0 when nothing must be told, 1 when something must, and 2 when either
// file cannot be used.
func runDiff(names []string, stdout, stderr io.Writer) int {
	if len(names) != 2 {
		fmt.Fprintf(stderr, "dpcheck: -diff compares two register files, the old and the new: dpcheck -diff OLD NEW (got %d)\n", len(names))
		return exitUnusable
	}
	var regs [2]*gdpr.Register
	for i, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "%s: the file cannot be read: %s\n", name, plainIOError(err))
			return exitUnusable
		}
		reg, err := gdpr.Decode(data)
		if err != nil {
			var ie *basis.InputError
			if errors.As(err, &ie) {
				fmt.Fprintf(stderr, "%s:%d:%d: at %s: %s [%s]\n", name, ie.Line, ie.Column, orRegister(ie.Path), plainMessage(ie.Message), ie.Code)
			} else {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
			}
			return exitUnusable
		}
		regs[i] = reg
	}
	cs := gdpr.Diff(regs[0], regs[1])
	fmt.Fprintf(stdout, "Changes from %s to %s:\n", names[0], names[1])
	if err := cs.WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "dpcheck: %v\n", err)
		return exitUnusable
	}
	if cs.MustTell() {
		return exitErrors
	}
	return exitClean
}
