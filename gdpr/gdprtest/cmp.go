package gdprtest

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// CmpOptions returns go-cmp options for comparing registers and their
// parts as the register's meaning goes, not as its Go values happen to be
// laid out:
//
//   - Lists whose order carries no meaning compare as sets: the elements of
//     each kind (entities, subjects, data categories, recipients,
//     transfers, retention rules, activities, identified by id), lists of
//     references and other text, regimes, countries, Schedule 1
//     conditions, contacts, grounds, justifications, sources, marketing
//     channels, device items, statements of rights and exemptions,
//     processing locations and representatives.
//   - A nil list equals an empty one.
//   - time.Time values compare by calendar date in their own locations
//     (2024-05-01T23:30+01:00 equals 2024-05-01T08:00Z, not
//     2024-05-01T23:30Z, which is 2 May in London), because the register
//     records days.
//   - Types with an Equal method that would hide these rules
//     (gdpr.Recipient, gdpr.Transfer, the justifications,
//     recipient.Recipient, recipient.Agreement, recipient.Transfer) are
//     compared field by field with them.
//   - basis.SensitiveData, recipient.Terms and rights.Calendar compare
//     with ==.
//
// The order of Findings is not relaxed (Validate's order is part of its
// contract), nor is any list the options do not name.
func CmpOptions() gocmp.Options {
	return gocmp.Options{
		cmpopts.EquateEmpty(),
		gocmp.Comparer(func(a, b time.Time) bool {
			ay, am, ad := a.Date()
			by, bm, bd := b.Date()
			return ay == by && am == bm && ad == bd
		}),
		gocmp.Comparer(func(a, b basis.SensitiveData) bool { return a == b }),
		gocmp.Comparer(func(a, b recipient.Terms) bool { return a == b }),
		gocmp.Comparer(func(a, b rights.Calendar) bool { return a == b }),
		fields[gdpr.Recipient](), fields[gdpr.Transfer](), fields[gdpr.SpecialJustification](), fields[gdpr.CriminalJustification](),
		fields[basis.SpecialCategoryJustification](), fields[basis.CriminalOffenceJustification](),
		fields[recipient.Recipient](), fields[recipient.Agreement](), fields[recipient.Transfer](),
		sortBy(func(x gdpr.Entity) string { return x.ID }),
		sortBy(func(x gdpr.Subject) string { return x.ID }),
		sortBy(func(x gdpr.DataCategory) string { return x.ID }),
		sortBy(func(x gdpr.Recipient) string { return x.ID }),
		sortBy(func(x gdpr.Transfer) string { return x.ID }),
		sortBy(func(x gdpr.RetentionRule) string { return x.ID }),
		sortBy(func(x gdpr.Activity) string { return x.ID }),
		sortBy(func(x gdpr.RightStatement) rights.Right { return x.Right }),
		sortBy(func(x gdpr.ExemptionUse) rights.Exemption { return x.Exemption }),
		sortBy(func(x string) string { return x }),
		sortBy(func(x basis.Regime) basis.Regime { return x }),
		sortBy(func(x basis.Country) basis.Country { return x }),
		sortBy(func(x basis.Schedule1Condition) basis.Schedule1Condition { return x }),
		sortBy(canonical[gdpr.Contact]),
		sortBy(canonical[gdpr.Ground]),
		sortBy(canonical[gdpr.SpecialJustification]),
		sortBy(canonical[gdpr.CriminalJustification]),
		sortBy(canonical[gdpr.Source]),
		sortBy(canonical[gdpr.MarketingUse]),
		sortBy(canonical[gdpr.DeviceItem]),
		sortBy(canonical[gdpr.ProcessingLocation]),
		sortBy(canonical[gdpr.Representative]),
		sortBy(func(x retention.Rule) string { return x.ID }),
	}
}

// canonical returns a key of x that is the same for values the options
// equate: exported fields in order, times as their calendar dates, the
// keys of a slice's elements sorted, sets by their text. It orders the
// lists whose elements have no id, so that equal elements meet whatever
// their order.
func canonical[T any](x T) string {
	var b strings.Builder
	canon(&b, reflect.ValueOf(x))
	return b.String()
}

var timeType = reflect.TypeFor[time.Time]()

func canon(b *strings.Builder, v reflect.Value) {
	if v.Type() == timeType {
		y, m, d := v.Interface().(time.Time).Date()
		fmt.Fprintf(b, "%04d-%02d-%02d", y, m, d)
		return
	}
	if tm, ok := v.Interface().(interface{ MarshalText() ([]byte, error) }); ok && v.Kind() == reflect.Struct {
		t, _ := tm.MarshalText() // basis.SensitiveData and other sets
		b.Write(t)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		b.WriteByte('{')
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				canon(b, v.Field(i))
				b.WriteByte(',')
			}
		}
		b.WriteByte('}')
	case reflect.Slice, reflect.Array:
		keys := make([]string, v.Len())
		for i := range keys {
			var e strings.Builder
			canon(&e, v.Index(i))
			keys[i] = e.String()
		}
		slices.Sort(keys)
		b.WriteString("[" + strings.Join(keys, ",") + "]")
	default:
		fmt.Fprintf(b, "%q", fmt.Sprint(v.Interface()))
	}
}

// sortBy compares []T as a multiset ordered by key.
func sortBy[T any, K cmp.Ordered](key func(T) K) gocmp.Option {
	return cmpopts.SortSlices(func(a, b T) bool { return key(a) < key(b) })
}

// fields compares T through a map of its exported fields, so that the
// options reach inside a type whose Equal method go-cmp would otherwise
// call.
func fields[T any]() gocmp.Option {
	var zero T
	name := reflect.TypeOf(zero).String()
	return gocmp.Transformer(name, func(x T) map[string]any {
		v := reflect.ValueOf(x)
		m := make(map[string]any, v.NumField())
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				m[f.Name] = v.Field(i).Interface()
			}
		}
		return m
	})
}
