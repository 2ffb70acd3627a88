package main

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// checker is what the command needs of the register package: a strict
// decoder and the validation. The command itself knows nothing of the
// register's Go types; it reads positions, evidence and activity names
// from the file's text, so that what it prints is what the file says.
type checker interface {
	// decode reads a register from its file; an unusable file gives an
	// error, normally a *basis.InputError with the JSON path, line and
	// column.
	decode(data []byte) (any, error)
	// validate checks a decoded register against the law in force on the
	// calendar date of at.
	validate(reg any, at time.Time) basis.Findings
	// bundled returns the registers that come with the command, checked
	// when no file is named, or an error saying why there are none.
	bundled() ([]source, error)
}

// acceptanceReader is implemented by a checker whose registers record
// accepted findings themselves; without it the command reads them from a
// file beside the register (see acceptedFileName).
type acceptanceReader interface {
	accepted(reg any) []acceptance
}

// source is one register file: the name it is shown under and its text.
type source struct {
	name string
	data []byte
	// accepted is the text of the file of accepted findings, nil when
	// there is none; acceptedName is its name.
	accepted     []byte
	acceptedName string
}
