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
	// accepted returns the findings the register records as accepted.
	accepted(reg any) []acceptance
	// bundled returns the registers that come with the command, checked
	// when no file is named, or an error saying why there are none.
	bundled() ([]source, error)
}

// source is one register file: the name it is shown under and its text.
type source struct {
	name string
	data []byte
}
