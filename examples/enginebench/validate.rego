# Eight of gdpr.Validate's lawful-basis checks, over the register's JSON
# format (gdpr/FORMAT.md) as input. Each finding is judged under each regime
# of the register, as Validate does.
package dpvalidate

import rego.v1

# Every ground with its path: each activity's, and the general list's.
ground_at contains [sprintf("activities[%d].grounds[%d]", [i, j]), g] if {
	some i, a in input.activities
	some j, g in a.grounds
}

ground_at contains [sprintf("bases[%d]", [j]), g] if {
	some j, g in input.bases
}

general_bases if count(object.get(input, "bases", [])) > 0

# The checks, each a [code, severity, path].
check contains ["gdpr/no-basis", "warning", sprintf("activities[%d].grounds", [i])] if {
	not general_bases
	some i, a in input.activities
	count(object.get(a, "grounds", [])) == 0
}

check contains ["gdpr/bases-not-mapped", "warning", "bases"] if {
	general_bases
	some a in input.activities
	count(object.get(a, "grounds", [])) == 0
}

# Art. 6(1): a justification that is not one of the bases.
check contains ["gdpr/not-a-basis", "error", concat("", [p, ".basis"])] if {
	some [p, g] in ground_at
	not g.basis
	g.evidence
}

# Art. 6(1)(b): contract with a person who is not party to it.
check contains ["gdpr/contract-not-party", "error", concat("", [p, ".subjectParty"])] if {
	some [p, g] in ground_at
	g.basis == "contract"
	g.subjectParty == "no"
}

# Art. 6(1)(d), Recital 46: vital interests outside an emergency.
check contains ["gdpr/vital-interests-routine", "warning", concat("", [p, ".emergency"])] if {
	some [p, g] in ground_at
	g.basis == "vital-interests"
	g.emergency == "no"
}

check contains ["gdpr/vital-interests-routine", "info", concat("", [p, ".emergency"])] if {
	some [p, g] in ground_at
	g.basis == "vital-interests"
	not g.emergency
}

# Art. 4(11), 7(4): consent that is a condition of the service.
check contains ["gdpr/consent-conditional", "error", concat("", [p, ".conditional"])] if {
	some [p, g] in ground_at
	g.basis == "consent"
	g.conditional == "yes"
}

# Art. 6(1), 7(3): consent and another basis for one purpose.
check contains ["gdpr/consent-and-other-basis", "warning", sprintf("activities[%d].grounds", [i])] if {
	some i, a in input.activities
	some g in a.grounds
	g.basis == "consent"
	some h in a.grounds
	h.basis
	h.basis != "consent"
}

# Art. 6(1)(b): direct marketing on contract alone.
check contains ["gdpr/contract-for-marketing", "warning", sprintf("activities[%d].grounds", [i])] if {
	some i, a in input.activities
	count(a.marketing.channels) > 0
	some g in a.grounds
	g.basis
	every h in a.grounds {
		object.get(h, "basis", "contract") == "contract" # a ground with no basis is not weighed
	}
}

findings contains {"regime": r, "code": c, "severity": s, "path": p} if {
	some r in input.regimes
	some [c, s, p] in check
}
