package gdpr_test

import (
	"testing"

	"github.com/dpmodel/dpmodel/gdpr"
)

func BenchmarkNoticeOf(b *testing.B) {
	reg, err := loadBench("soe")
	if err != nil {
		b.Fatal(err)
	}
	at := benchDate("soe")
	b.ReportAllocs()
	for b.Loop() {
		doc, err := gdpr.NoticeOf(reg, at)
		if err != nil {
			b.Fatal(err)
		}
		_ = doc.HTML()
	}
}

func BenchmarkDataFlow(b *testing.B) {
	reg, err := loadBench("soe")
	if err != nil {
		b.Fatal(err)
	}
	at := benchDate("soe")
	b.ReportAllocs()
	for b.Loop() {
		f, err := gdpr.DataFlow(reg, at)
		if err != nil {
			b.Fatal(err)
		}
		_ = f.SVG()
	}
}

func BenchmarkDiff(b *testing.B) {
	old, err := loadBench("soe")
	if err != nil {
		b.Fatal(err)
	}
	new, _ := loadBench("soe")
	new.Activities[3].Purpose += " (changed)"
	b.ReportAllocs()
	for b.Loop() {
		_ = gdpr.Diff(old, new)
	}
}
