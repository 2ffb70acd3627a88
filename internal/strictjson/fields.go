package strictjson

import (
	"reflect"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// structInfo lists the members of a struct type.
type structInfo struct {
	fields []field        // in declaration order (by index sequence)
	byName map[string]int // exact member name → position in fields
	names  []string       // the member names, in declaration order
}

type field struct {
	name   string
	index  []int // the field's index sequence, through embedded structs
	tagged bool  // the name comes from a json tag
	quoted bool  // the ",string" option on a string, bool, integer or float field
}

// typeFields returns the members of struct type t as encoding/json finds
// them: a breadth-first walk through embedded structs in which a name at a
// shallower depth hides deeper ones, and at the same depth a tagged field
// beats untagged ones; any other clash drops the name.
func typeFields(t reflect.Type) *structInfo {
	type entry struct {
		typ   reflect.Type
		index []int
		twice bool // the type is embedded more than once at this depth
	}
	var out []field
	visited := map[reflect.Type]bool{}
	taken := map[string]bool{} // names settled at a shallower depth
	next := []entry{{typ: t}}
	for len(next) > 0 {
		current := next
		next = nil
		nextCount := map[reflect.Type]int{}
		var level []field
		for _, e := range current {
			if visited[e.typ] {
				continue
			}
			visited[e.typ] = true
			for i := range e.typ.NumField() {
				sf := e.typ.Field(i)
				ft := sf.Type
				if sf.Anonymous {
					if ft.Kind() == reflect.Pointer {
						if !sf.IsExported() {
							continue // an unexported embedded pointer cannot be allocated
						}
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				index := append(slices.Clone(e.index), i)
				if name == "" && sf.Anonymous && ft.Kind() == reflect.Struct {
					nextCount[ft]++
					if nextCount[ft] == 1 {
						next = append(next, entry{typ: ft, index: index})
					}
					continue
				}
				f := field{name: name, index: index, tagged: name != ""}
				if name == "" {
					f.name = sf.Name
				}
				if hasOption(opts, "string") {
					bt := sf.Type
					if bt.Kind() == reflect.Pointer {
						bt = bt.Elem()
					}
					switch bt.Kind() {
					case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
						reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
						f.quoted = true
					}
				}
				level = append(level, f)
				if e.twice {
					level = append(level, f) // a type embedded twice: its fields clash
				}
			}
		}
		for i := range next {
			next[i].twice = nextCount[next[i].typ] > 1
		}
		// Resolve the names of this depth.
		byName := map[string][]field{}
		var order []string
		for _, f := range level {
			if taken[f.name] {
				continue
			}
			if _, ok := byName[f.name]; !ok {
				order = append(order, f.name)
			}
			byName[f.name] = append(byName[f.name], f)
		}
		for _, name := range order {
			fs := byName[name]
			taken[name] = true
			if len(fs) == 1 {
				out = append(out, fs[0])
				continue
			}
			var tagged []field
			for _, f := range fs {
				if f.tagged {
					tagged = append(tagged, f)
				}
			}
			if len(tagged) == 1 {
				out = append(out, tagged[0])
			}
		}
	}
	slices.SortFunc(out, func(a, b field) int { return slices.Compare(a.index, b.index) })
	si := &structInfo{fields: out, byName: make(map[string]int, len(out)), names: make([]string, len(out))}
	for i, f := range out {
		si.byName[f.name] = i
		si.names[i] = f.name
	}
	return si
}

func hasOption(opts, want string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		if o == want {
			return true
		}
	}
	return false
}

// badString checks the raw bytes of a string token (quotes included, escapes
// well-formed as the tokenizer checked them) and returns the offset of the
// first byte that is not UTF-8 or starts an unpaired surrogate escape, with
// a message; -1 when the string is good.
func badString(raw []byte) (int, string) {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				return i, "invalid UTF-8 in a string"
			}
			i += size
			continue
		}
		if c != '\\' || i+1 >= len(raw) {
			i++
			continue
		}
		if raw[i+1] != 'u' {
			i += 2
			continue
		}
		r, ok := hex4(raw, i+2)
		if !ok {
			return i, "malformed \\u escape"
		}
		if !utf16.IsSurrogate(r) {
			i += 6
			continue
		}
		if r < 0xDC00 && i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
			if r2, ok := hex4(raw, i+8); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
				i += 12
				continue
			}
		}
		return i, "unpaired UTF-16 surrogate escape " + string(raw[i:i+6])
	}
	return -1, ""
}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
