package recipient

import "github.com/dpmodel/dpmodel/internal/enum"

// Module is a module of the EU 2021 standard contractual clauses. The zero
// value is unspecified.
type Module uint8

const (
	// ControllerToController is Module One.
	ControllerToController Module = iota + 1
	// ControllerToProcessor is Module Two.
	ControllerToProcessor
	// ProcessorToProcessor is Module Three.
	ProcessorToProcessor
	// ProcessorToController is Module Four.
	ProcessorToController
)

var modules = enum.New[Module]("recipient.Module",
	"controller-to-controller", "controller-to-processor", "processor-to-processor", "processor-to-controller")

// AllModules returns every module in order.
func AllModules() []Module { return modules.Values() }

// ParseModule returns the module with the given code, such as
// "controller-to-processor".
func ParseModule(s string) (Module, error) { return modules.Parse(s) }

// MustParseModule is like [ParseModule] but panics on error.
func MustParseModule(s string) Module { return mustParse(modules, s) }

// String returns the module's code, "unspecified", or "recipient.Module(n)".
func (m Module) String() string { return modules.String(m) }

// IsValid reports whether m is one of the four modules.
func (m Module) IsValid() bool { return modules.Valid(m) }

// AppendText appends the module's code to b.
func (m Module) AppendText(b []byte) ([]byte, error) { return modules.AppendText(b, m) }

// MarshalText returns the module's code; the zero value is empty text.
func (m Module) MarshalText() ([]byte, error) { return modules.MarshalText(m) }

// UnmarshalText parses a code; on error m is unchanged.
func (m *Module) UnmarshalText(text []byte) error { return modules.UnmarshalText(m, text) }

// Article returns the module's place in the clauses.
func (m Module) Article() string {
	names := [...]string{"", "One", "Two", "Three", "Four"}
	if !m.IsValid() {
		return ""
	}
	return "Implementing Decision (EU) 2021/914, Annex, Module " + names[m]
}

// Scope is the part of a country's recipients that a partial adequacy
// decision or regulations reach. The zero value is unspecified.
type Scope uint8

const (
	// ScopeSafeHarbor: US organisations that self-certified to the Safe
	// Harbor principles (Decision 2000/520/EC; invalid from 2015-10-06).
	ScopeSafeHarbor Scope = iota + 1
	// ScopePrivacyShield: US organisations on the Privacy Shield List
	// (Implementing Decision (EU) 2016/1250; invalid from 2020-07-16).
	ScopePrivacyShield
	// ScopeDPF: US organisations on the Data Privacy Framework List
	// (Implementing Decision (EU) 2023/1795).
	ScopeDPF
	// ScopeUKExtension: organisations on the DPF List that participate in
	// the UK Extension (S.I. 2023/1028).
	ScopeUKExtension
	// ScopeCanadaPIPEDA: commercial organisations subject to Canada's
	// Personal Information Protection and Electronic Documents Act
	// (Decision 2002/2/EC).
	ScopeCanadaPIPEDA
	// ScopeJapanAPPI: business operators in Japan subject to the Act on the
	// Protection of Personal Information and the supplementary rules
	// (Implementing Decision (EU) 2019/419).
	ScopeJapanAPPI
	// ScopeKoreaPIPA: recipients in the Republic of Korea subject to the
	// Personal Information Protection Act (Implementing Decision (EU)
	// 2022/254; S.I. 2022/1213).
	ScopeKoreaPIPA
)

var scopes = enum.New[Scope]("recipient.Scope",
	"safe-harbor", "privacy-shield", "eu-us-dpf", "uk-extension",
	"canada-pipeda", "japan-appi", "korea-pipa")

var scopeInfo = [...]struct {
	country   Country
	certified bool // only recipients that certified are covered
	mechanism Mechanism
}{
	ScopeSafeHarbor:    {"US", true, SafeHarbor},
	ScopePrivacyShield: {"US", true, PrivacyShield},
	ScopeDPF:           {"US", true, DataPrivacyFramework},
	ScopeUKExtension:   {"US", true, UKExtension},
	ScopeCanadaPIPEDA:  {"CA", false, 0},
	ScopeJapanAPPI:     {"JP", false, 0},
	ScopeKoreaPIPA:     {"KR", false, 0},
}

// AllScopes returns every scope in order.
func AllScopes() []Scope { return scopes.Values() }

// ParseScope returns the scope with the given code, such as "eu-us-dpf".
func ParseScope(s string) (Scope, error) { return scopes.Parse(s) }

// MustParseScope is like [ParseScope] but panics on error.
func MustParseScope(s string) Scope { return mustParse(scopes, s) }

// String returns the scope's code, "unspecified", or "recipient.Scope(n)".
func (s Scope) String() string { return scopes.String(s) }

// IsValid reports whether s is one of the defined scopes.
func (s Scope) IsValid() bool { return scopes.Valid(s) }

// AppendText appends the scope's code to b.
func (s Scope) AppendText(b []byte) ([]byte, error) { return scopes.AppendText(b, s) }

// MarshalText returns the scope's code; the zero value is empty text.
func (s Scope) MarshalText() ([]byte, error) { return scopes.MarshalText(s) }

// UnmarshalText parses a code; on error s is unchanged.
func (s *Scope) UnmarshalText(text []byte) error { return scopes.UnmarshalText(s, text) }

// Country returns the country the scope belongs to.
func (s Scope) Country() Country {
	if !s.IsValid() {
		return ""
	}
	return scopeInfo[s].country
}

// Certified reports whether the scope reaches only recipients that have
// certified (the EU-US instruments).
func (s Scope) Certified() bool { return s.IsValid() && scopeInfo[s].certified }

// Article returns the instrument that sets the scope.
func (s Scope) Article() string {
	switch s {
	case ScopeSafeHarbor:
		return "Decision 2000/520/EC"
	case ScopePrivacyShield:
		return "Implementing Decision (EU) 2016/1250"
	case ScopeDPF:
		return "Implementing Decision (EU) 2023/1795"
	case ScopeUKExtension:
		return "S.I. 2023/1028"
	case ScopeCanadaPIPEDA:
		return "Decision 2002/2/EC"
	case ScopeJapanAPPI:
		return "Implementing Decision (EU) 2019/419"
	case ScopeKoreaPIPA:
		return "Implementing Decision (EU) 2022/254; S.I. 2022/1213"
	}
	return ""
}
