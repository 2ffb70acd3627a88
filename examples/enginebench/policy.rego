# May this activity process this person's data at input.now?
#
# data.activities is the register: for each activity id, its bases, whether
# it is direct marketing, whether it is offered directly to children, and the
# Art. 18(2) exception it may claim while the data are restricted.
# input is one decision: the activity, the instant (nanoseconds since 1970),
# the person's birth date ([y, m, d], absent when not recorded) and the
# person's consent records, objections and restrictions, with times in
# nanoseconds and absent members for "never".
package dpmodel

import rego.v1

activity := data.activities[input.activity]

now := input.now

default decision := {"allow": false, "reason": "unknown-activity"}

# The first rule that applies decides, in this order.
decision := {"allow": false, "reason": "restricted"} if {
	restricted
	not activity.whileRestricted
} else := {"allow": false, "reason": "direct-marketing-objection"} if {
	activity.directMarketing
	count(covering) > 0
} else := {"allow": false, "reason": "objection"} if {
	some o in covering
	not answered(o)
} else := {"allow": false, "reason": "no-consent"} if {
	consent_based
	not latest
} else := {"allow": false, "reason": "consent-withdrawn"} if {
	consent_based
	latest.withdrawn <= now
} else := {"allow": false, "reason": "parental-consent-missing"} if {
	consent_based
	child_without_parent
} else := {"allow": true, "reason": allowed_reason} if {
	activity
}

allowed_reason := "restriction-exception" if {
	restricted
} else := "compelling-grounds" if {
	count(covering) > 0
} else := "consent-live" if {
	consent_based
} else := "lawful-basis"

# Art. 18: a restriction in force stops all but its Art. 18(2) exceptions.
restricted if {
	some r in input.restrictions
	r.start <= now
	not ended(r)
}

ended(r) if r.end <= now

# Art. 21: the objections in force that reach the activity.
covering contains o if {
	some o in input.objections
	o.when <= now
	not lifted(o)
	covers(o)
}

lifted(o) if o.lifted <= now

covers(o) if {
	o.scope == "direct-marketing"
	activity.directMarketing
}

covers(o) if {
	o.scope == "activity"
	o.activity == input.activity
	objectable_or_marketing
}

covers(o) if {
	o.scope == "all"
	objectable_or_marketing
}

objectable_or_marketing if activity.directMarketing

objectable_or_marketing if objectable

objectable if {
	some b in activity.bases
	b in {"public-task", "legitimate-interests", "recognised-legitimate-interest"}
}

# Art. 21(1): compelling legitimate grounds recorded by now.
answered(o) if o.grounds <= now

# Art. 6(1)(a), 7(3): the latest consent given at or before now.
consent_based if "consent" in activity.bases

given contains c if {
	some c in input.consents
	c.activity == input.activity
	c.given <= now
}

latest := c if {
	some c in given
	every d in given {
		d.given <= c.given
	}
}

# Art. 8(1): a child below the age of digital consent on the day consent was
# given (a calendar date in London) needs a parent's consent.
child_without_parent if {
	activity.offeredToChildren
	not latest.byParent
	[y, m, d] := input.person.born
	time.date([latest.given, "Europe/London"]) < [y + data.digitalConsentAge, m, d]
}
