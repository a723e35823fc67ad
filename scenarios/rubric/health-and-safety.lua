-- Health and Safety at Work etc. Act 1974: keeping staff and customers safe,
-- including from abuse, threats and hazards in the workplace.

principle "hswa.staff-safety" {
  kind = "law",
  group = "Health and Safety at Work etc. Act 1974",
  title = "Keep yourself and colleagues safe",
  requires = "Follow your organisation's procedures for abusive or threatening customers (warn, then end the contact if it continues) and report every incident. Abuse and threats, in person, online or by phone, count as work-related violence.",
  consequence = {
    customer = "The situation escalates and other customers may be put at risk too.",
    business = "Staff are harmed or leave; HSE enforcement, unlimited fines for serious breaches and civil claims.",
  },
  source = "Health and Safety at Work etc. Act 1974 ss.2, 7; HSE guidance on work-related violence",
  weight = 3,
  critical = false,
}

principle "hswa.customer-safety" {
  kind = "law",
  group = "Health and Safety at Work etc. Act 1974",
  title = "Keep customers and visitors safe",
  requires = "If you see a hazard, such as a spill or a trailing cable, make the area safe straight away (sign it or cordon it off), get it dealt with and report it.",
  consequence = {
    customer = "May slip, fall or be injured.",
    business = "Injury claims, HSE enforcement and unlimited fines for serious breaches.",
  },
  source = "Health and Safety at Work etc. Act 1974 ss.3, 7",
  weight = 3,
  critical = false,
}
