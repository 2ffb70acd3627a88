package main

import "testing"

func TestPlainMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"unknown code for basis.Basis", "unknown code"},
		{"empty code for gdpr.Fact", "empty code"},
		{"expected a string for gdpr.Fact, got number", "expected a string, got number"},
		{"expected a value for time.Time, got null (only a pointer, slice, map or interface may be null)", "expected a value, got null"},
		{`bad gdpr.Date: gdpr: "2023-02-29" is not a date of the form YYYY-MM-DD that exists`, `"2023-02-29" is not a date of the form YYYY-MM-DD that exists`},
		{`bad retention.Period: "P6X" is not a period`, `"P6X" is not a period`},
		{`unknown member "purpse"`, `unknown member "purpse"`},
		{"expected at most 3 elements for [3]string", "expected at most 3 elements for [3]string"},
		{"a basis.Basis(17) here", "a value here"},
	}
	for _, tt := range tests {
		if got := plainMessage(tt.in); got != tt.want {
			t.Errorf("plainMessage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
