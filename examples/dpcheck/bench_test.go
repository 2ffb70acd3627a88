package main

import (
	"io"
	"testing"

	"github.com/dpmodel/dpmodel/examples/registers"
)

// BenchmarkParseDocument reads the largest bundled register into the
// locator's tree.
func BenchmarkParseDocument(b *testing.B) {
	data, err := registers.Source("iet")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseDocument(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRunBundled checks the five bundled registers, text report.
func BenchmarkRunBundled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		run([]string{"-at", "2026-11-23"}, io.Discard, io.Discard, today)
	}
}

// BenchmarkRunTimeline checks the five bundled registers with a timeline
// from the GDPR's first day to the end of 2026.
func BenchmarkRunTimeline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		run([]string{"-at", "2026-11-23", "-timeline", "2018-05-25..2026-12-31"}, io.Discard, io.Discard, today)
	}
}
