package main

import (
	"errors"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// gdprChecker is the checker of the register package (gdpr).
type gdprChecker struct{}

var errNoRegisterPackage = errors.New("the register package is not yet part of this build")

func (gdprChecker) decode(data []byte) (any, error) {
	return nil, &basis.InputError{Code: codeUnreadable, Message: errNoRegisterPackage.Error()}
}

func (gdprChecker) validate(reg any, at time.Time) basis.Findings { return nil }

func (gdprChecker) bundled() ([]source, error) { return nil, errNoRegisterPackage }
