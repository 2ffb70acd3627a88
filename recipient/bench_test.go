package recipient

import (
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

func BenchmarkAdequate(b *testing.B) {
	at := on(basis.UK, "2026-11-23")
	b.ReportAllocs()
	for b.Loop() {
		Adequate(basis.UK, "KR", at)
		Adequate(basis.EU, "US", at)
	}
}

func BenchmarkTransferCheck(b *testing.B) {
	at := on(basis.EU, "2026-11-23")
	tr := Transfer{Countries: []Country{"JP", "CA"}, Mechanism: Adequacy}
	b.ReportAllocs()
	for b.Loop() {
		if err := tr.Check(basis.EU, at); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTransferCheckError(b *testing.B) {
	at := on(basis.UK, "2026-11-23")
	tr := Transfer{Countries: []Country{"US"}, Mechanism: PrivacyShield, Certified: Present}
	b.ReportAllocs()
	for b.Loop() {
		if err := tr.Check(basis.UK, at); err == nil {
			b.Fatal("want error")
		}
	}
}
